package io.kzk.cli.produce;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200,000 messages with acks=all while a broker is killed (-9) and, still mid-run, restarted: every
 * message is read back exactly once, in order per partition, and the producer's counts are true.
 */
@SandboxTest
class ProduceReliabilityTest {
    private static final int MESSAGES = 200_000;

    @TempDir
    Path home;

    @Test
    void nothingIsLostOrDuplicatedWhileABrokerIsKilledAndRestarted(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxSpec.zookeeperMode(3, dir.resolve("sb")))) {
            KzkRun kzk = KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
            assertEquals(0, kzk.run("topic", "create", "reliable", "--partitions", "6", "--replication-factor", "3",
                    "--config", "min.insync.replicas=2").exitCode());

            // The input arrives over about six seconds; the second half only once the broker is
            // killed, so those messages can only be acknowledged after the kill, and the last
            // quarter only once it is back, so the producer sees the leaders move both ways mid-run.
            PipedOutputStream writer = new PipedOutputStream();
            PipedInputStream input = new PipedInputStream(writer, 1 << 20);
            CountDownLatch halfFed = new CountDownLatch(1);
            CountDownLatch killed = new CountDownLatch(1);
            CountDownLatch threeQuartersFed = new CountDownLatch(1);
            CountDownLatch restarted = new CountDownLatch(1);
            AtomicInteger fedAfterKill = new AtomicInteger();
            CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
                try (writer) {
                    for (int i = 0; i < MESSAGES; i++) {
                        if (i == MESSAGES / 2) {
                            halfFed.countDown();
                            if (!killed.await(2, TimeUnit.MINUTES)) {
                                return;
                            }
                        }
                        if (i == MESSAGES * 3 / 4) {
                            threeQuartersFed.countDown();
                            if (!restarted.await(2, TimeUnit.MINUTES)) {
                                return;
                            }
                        }
                        writer.write((i + "\n").getBytes(StandardCharsets.US_ASCII));
                        if (killed.getCount() == 0) {
                            fedAfterKill.incrementAndGet();
                        }
                        if (i % 10_000 == 9_999) {
                            Thread.sleep(300);
                        }
                    }
                } catch (IOException e) {
                    // the producer stopped reading (it failed): its result says why
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<KzkRun.Result> producing = CompletableFuture.supplyAsync(() ->
                    KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers()).stdin(input).run("produce", "reliable"));
            assertTrue(halfFed.await(2, TimeUnit.MINUTES), "the first half was fed");
            sandbox.kill("broker-2");
            killed.countDown();
            assertTrue(threeQuartersFed.await(2, TimeUnit.MINUTES), "three quarters were fed");
            sandbox.restart("broker-2");
            restarted.countDown();
            KzkRun.Result produced = producing.get(5, TimeUnit.MINUTES);
            input.close(); // a producer that failed early leaves the feeder blocked on a full pipe
            feeding.get(1, TimeUnit.MINUTES);

            assertEquals(0, produced.exitCode(), produced.toString());
            assertTrue(produced.err().contains(MESSAGES + " messages acknowledged"), produced.err());
            // every message was acknowledged, and these were not even read before the kill
            assertEquals(MESSAGES / 2, fedAfterKill.get(), "messages fed, and so acknowledged, after the kill");

            KzkRun.Result read = kzk.run("consume", "reliable", "-e", "-f", "%p %s\\n");
            assertEquals(0, read.exitCode(), read.err());
            Map<Integer, Long> lastPerPartition = new HashMap<>();
            boolean[] seen = new boolean[MESSAGES];
            long lines = 0;
            for (String line : read.out().split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                lines++;
                int space = line.indexOf(' ');
                int partition = Integer.parseInt(line.substring(0, space));
                int n = Integer.parseInt(line.substring(space + 1));
                assertTrue(!seen[n], "message " + n + " read twice");
                seen[n] = true;
                long last = lastPerPartition.getOrDefault(partition, -1L);
                assertTrue(n > last, "partition " + partition + " out of order: " + n + " after " + last);
                lastPerPartition.put(partition, (long) n);
            }
            assertEquals(MESSAGES, lines, "every message exactly once");
        }
    }
}
