package io.kzk.cli.produce;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzk produce against real brokers, read back with a plain Kafka consumer. */
@SandboxTest
class ProduceTest {
    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(Sandbox sandbox, String topic, int expected) {
        return read(sandbox, topic, expected);
    }

    /** Everything the topic holds now: read to the partitions' end offsets. */
    private static List<ConsumerRecord<byte[], byte[]>> readToEnd(Sandbox sandbox, String topic) {
        return read(sandbox, topic, null);
    }

    /** The topic from its start: {@code expected} records, or with null to its end offsets now (for 20 s at most). */
    private static List<ConsumerRecord<byte[], byte[]>> read(Sandbox sandbox, String topic, Integer expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((expected != null ? out.size() < expected : partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void linesWithKeysAndHeadersAreSentAndCountedFromAcknowledgements(Sandbox sandbox) {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-lines", "--partitions", "3", "--replication-factor", "2").exitCode());
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            input.append("key-").append(i % 10).append(':').append("value-").append(i).append('\n');
        }
        var r = kzk(sandbox).stdin(input.toString()).run("produce", "produce-lines", "-K", ":", "-H", "source=test", "-z", "lz4");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("5000 messages acknowledged"), r.err());
        var records = readAll(sandbox, "produce-lines", 5000);
        assertEquals(5000, records.size());
        var first = records.stream().filter(x -> text(x.value()).equals("value-0")).findFirst().orElseThrow();
        assertEquals("key-0", text(first.key()));
        assertEquals("test", text(first.headers().lastHeader("source").value()));
        long partitionsOfKey3 = records.stream().filter(x -> text(x.key()).equals("key-3")).map(ConsumerRecord::partition).distinct().count();
        assertEquals(1, partitionsOfKey3, "one key, one partition");
    }

    @Test
    void aTerminalSeesAProgressLineThatIsClearedAtTheEnd(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-progress", "--partitions", "1", "--replication-factor", "1").exitCode());
        var in = new java.io.PipedInputStream();
        var typing = new java.io.PipedOutputStream(in);
        Thread slowInput = new Thread(() -> {
            try (typing) {
                for (int burst = 0; burst < 4; burst++) {
                    typing.write("a\nb\nc\n".getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                    Thread.sleep(1_300); // the progress line is drawn at most once a second
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slowInput.start();
        var run = kzk(sandbox).terminal(true).stdin(in).run("produce", "produce-progress");
        slowInput.join();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(java.util.regex.Pattern.compile("\rkzk: \\d+ sent, \\d+ acknowledged, 0 failed").matcher(run.err()).find(), run.err());
        assertTrue(run.err().contains("\r\u001b[Kkzk: 12 messages acknowledged"), "the progress line is erased before the summary: " + run.err());
        var piped = kzk(sandbox).stdin("a\n").run("produce", "produce-progress");
        assertTrue(!piped.err().contains("\r"), "no progress line when stdout is not a terminal: " + piped.err());
    }

    @Test
    void jsonEnvelopesRoundTripBinaryPayloadsHeadersAndPartitions(Sandbox sandbox) {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-json", "--partitions", "2", "--replication-factor", "1").exitCode());
        String input = "{\"key\":\"a\",\"payload\":\"AAH/\",\"payload_encoding\":\"base64\",\"headers\":[\"h\",\"1\"],\"partition\":1}\n"
                + "{\"key\":null,\"payload\":\"text\",\"partition\":0}\n";
        var r = kzk(sandbox).stdin(input).run("produce", "produce-json", "-J");
        assertEquals(0, r.exitCode(), r.toString());
        var records = readAll(sandbox, "produce-json", 2);
        var binary = records.stream().filter(x -> x.partition() == 1).findFirst().orElseThrow();
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, binary.value());
        assertEquals("1", text(binary.headers().lastHeader("h").value()));
        assertNull(records.stream().filter(x -> x.partition() == 0).findFirst().orElseThrow().key());

        var bad = kzk(sandbox).stdin("{\"payload\":\"one\"}\n{broken\n{\"payload\":\"three\"}\n").run("produce", "produce-json", "-J");
        assertEquals(ExitCode.USAGE.code(), bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("stdin:2:") && bad.err().contains("the 1 messages before it were sent"), bad.err());
        assertEquals(3, readAll(sandbox, "produce-json", 3).size(), "the line before was sent, nothing after");
    }

    @Test
    void filesDelimitersTombstonesAndFilePerMessage(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-files", "--partitions", "1", "--replication-factor", "1").exitCode());
        Path a = home.resolve("a.txt");
        Files.writeString(a, "one|;two|;k=|;");
        Path blob = home.resolve("blob.bin");
        Files.write(blob, new byte[] {10, 0, 10});
        assertEquals(0, kzk(sandbox).run("produce", "produce-files", "-l", a.toString(), "-D", "|;", "-K", "=", "-Z").exitCode());
        var r = kzk(sandbox).run("produce", "produce-files", "--file-per-message", "-l", blob.toString(), "-k", "blob");
        assertEquals(0, r.exitCode(), r.toString());
        var records = readAll(sandbox, "produce-files", 4);
        assertEquals(List.of("one", "two"), records.subList(0, 2).stream().map(x -> text(x.value())).toList());
        assertEquals("k", text(records.get(2).key()));
        assertNull(records.get(2).value(), "-Z: an empty value is a tombstone");
        assertArrayEquals(new byte[] {10, 0, 10}, records.get(3).value());
        assertEquals("blob", text(records.get(3).key()));
    }

    @Test
    void badInputFailsWithOneLineAndCreatesNothing(Sandbox sandbox) {
        var unknown = kzk(sandbox).stdin("x\n").run("produce", "no-such-topic-here");
        assertEquals(ExitCode.NOT_FOUND.code(), unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no topic 'no-such-topic-here'"), unknown.err());
        assertTrue(kzk(sandbox).run("topic", "list", "-o", "plain").out().lines().noneMatch(l -> l.startsWith("no-such-topic-here")),
                "a produce to an unknown topic must not create it");
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-bad", "--partitions", "2", "--replication-factor", "1").exitCode());
        var partition = kzk(sandbox).stdin("x\n").run("produce", "produce-bad", "-p", "5");
        assertEquals(ExitCode.USAGE.code(), partition.exitCode());
        assertTrue(partition.err().contains("partition 5") && partition.err().contains("0..1"), partition.err());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("produce", "produce-bad", "-l", home.resolve("none").toString()).exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).stdin("x\n").run("produce", "produce-bad", "--acks", "2").exitCode());
        var stack = kzk(sandbox).stdin("x\n").run("produce", "produce-bad", "--compression", "brotli");
        assertEquals(ExitCode.USAGE.code(), stack.exitCode());
        assertEquals(1, stack.err().lines().count(), stack.err());
    }

    @Test
    void dashZIsTheCompressionCodecValidatedAndDocumented(Sandbox sandbox) {
        var typo = kzk(sandbox).stdin("x\n").run("produce", "produce-lines", "-z", "snappyx", "-v");
        assertEquals(ExitCode.USAGE.code(), typo.exitCode(), typo.toString());
        assertTrue(typo.err().contains("invalid compression 'snappyx'"), typo.err());
        assertFalse(typo.err().contains("zookeeper"), "-z is not the ZooKeeper flag in produce: " + typo.err());
        String help = kzk(sandbox).run("produce", "--help").out();
        assertTrue(help.contains("-z, --compression=CODEC"), help);
        assertFalse(help.contains("-z, --zookeeper"), help);
        assertTrue(help.contains("--zookeeper=CONNECT"), "the long name still works: " + help);
    }

    @Test
    void messagesWithoutAKeyAreSpreadOverThePartitionsAndKcatQAsksForOnePartition(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-spread", "--partitions", "4", "--replication-factor", "1").exitCode());
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            in.append(i).append('\n');
        }
        var r = kzk(sandbox).stdin(in.toString()).run("produce", "produce-spread", "-K", ":");
        assertEquals(0, r.exitCode(), r.toString());
        var offsets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                kzk(sandbox).run("topic", "offsets", "produce-spread", "-o", "json").out());
        for (var p : offsets.get("partitions")) {
            assertEquals(25, p.get("latest").asLong(), "in turn, 25 each: " + offsets);
        }
        var q = kzk(sandbox).run("kcat", "-b", sandbox.bootstrapServers(), "-Q", "-t", "produce-spread:2:1700000000000", "-J");
        assertEquals(0, q.exitCode(), q.toString());
        // kcat's -Q -J: {"TOPIC":{"topic":"TOPIC","P":{"partition":P,"offset":N}}}
        var only = new com.fasterxml.jackson.databind.ObjectMapper().readTree(q.out()).get("produce-spread");
        assertEquals(2, only.size(), "the topic's name and one partition: " + q.out());
        assertEquals(2, only.get("2").get("partition").asInt());
        var none = kzk(sandbox).run("topic", "offsets", "produce-spread", "-p", "7");
        assertEquals(2, none.exitCode(), none.toString());
    }

    @Test
    void everyCodecManyPartitionsAndASmallBufferArriveExactlyOnceInOrder(Sandbox sandbox) {
        // kzk's own batches: each codec's batch must pass the brokers' validation; 24 partitions
        // under a 64 KB buffer.memory make batches close early, many at a time
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-codecs", "--partitions", "24", "--replication-factor", "2").exitCode());
        StringBuilder input = new StringBuilder();
        for (int n = 0; n < 3000; n++) {
            input.append(n).append(' ').append("x".repeat(n % 300)).append('\n');
        }
        List<String> runs = List.of("none", "gzip", "snappy", "lz4", "zstd");
        for (String codec : runs) {
            var r = kzk(sandbox).stdin(input.toString()).run("produce", "produce-codecs", "-z", codec, "-X", "buffer.memory=65536",
                    "-X", "batch.size=16384");
            assertEquals(0, r.exitCode(), codec + ": " + r);
            assertTrue(r.err().contains("3000 messages acknowledged"), codec + ": " + r.err());
        }
        var records = readAll(sandbox, "produce-codecs", 3000 * runs.size());
        assertEquals(3000 * runs.size(), records.size());
        int[] seen = new int[3000];
        Map<Integer, Integer> lastInPartition = new java.util.HashMap<>();
        for (var rec : records) {
            int n = Integer.parseInt(text(rec.value()).split(" ")[0]);
            assertEquals("x".repeat(n % 300), text(rec.value()).substring(text(rec.value()).indexOf(' ') + 1));
            seen[n]++;
            Integer last = lastInPartition.put(rec.partition(), n);
            assertTrue(last == null || n > last || n < 24, "partition " + rec.partition() + " out of order: " + n + " after " + last);
        }
        for (int n = 0; n < 3000; n++) {
            assertEquals(runs.size(), seen[n], "message " + n + " once per run");
        }
    }

    @Test
    void aTransactionalIdSendsTheInputAsOneCommittedTransactionThroughKafkasProducer(Sandbox sandbox) {
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-tx", "--partitions", "2", "--replication-factor", "1").exitCode());
        var r = kzk(sandbox).stdin("a\nb\nc\n").run("produce", "produce-tx", "-X", "transactional.id=kzk-test");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("3 messages acknowledged"), r.err());
        // the commit returns once the coordinator has logged it; the partitions get its markers a
        // moment later, and until then a read_committed consumer stops before the transaction
        var read = kzk(sandbox).runUntil(x -> x.exitCode() == 0 && x.out().lines().count() == 3,
                "consume", "produce-tx", "-e", "-q", "--no-summary", "-X", "isolation.level=read_committed");
        assertEquals(0, read.exitCode(), read.toString());
        assertEquals(List.of("a", "b", "c"), read.out().lines().sorted().toList(), "committed, so a read_committed consumer sees them");
        var kafka = kzk(sandbox).env("KZK_PRODUCER", "kafka").stdin("d\n").run("produce", "produce-tx");
        assertEquals(0, kafka.exitCode(), "Kafka's producer when asked: " + kafka);
        assertEquals(4, readAll(sandbox, "produce-tx", 4).stream().filter(x -> x.value().length == 1).count());
    }

    /** "N of M messages acknowledged" from a failed run's summary: N. */
    private static long acknowledgedOf(KzkRun.Result r) {
        var m = java.util.regex.Pattern.compile("kzk: (\\d+) of \\d+ messages acknowledged").matcher(r.err());
        assertTrue(m.find(), r.err());
        return Long.parseLong(m.group(1));
    }

    @Test
    void batchesTooLargeForTheTopicAreSplitAndAMessageTooLargeFailsAlone(Sandbox sandbox) {
        // kzk's batches are up to 1 MB; this topic takes 20 KB at most: every batch is refused and
        // split until its halves fit, and the one message that cannot fit fails alone
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-limits", "--partitions", "1", "--replication-factor", "2",
                "--config", "max.message.bytes=20000").exitCode());
        StringBuilder input = new StringBuilder();
        for (int n = 0; n < 4000; n++) {
            input.append(n).append(' ').append((n == 3000 ? "y" : "x").repeat(n == 3000 ? 30_000 : 100)).append('\n');
        }
        var r = kzk(sandbox).stdin(input.toString()).run("produce", "produce-limits");
        assertEquals(ExitCode.FAILED.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("3999 of 4000 messages acknowledged, 1 failed") && r.err().contains("RecordTooLarge"), r.err());
        var records = readToEnd(sandbox, "produce-limits");
        assertEquals(3999, records.size(), "what was acknowledged, exactly once");
        int expected = 0;
        for (var rec : records) {
            expected += expected == 3000 ? 1 : 0;
            assertEquals(expected++, Integer.parseInt(text(rec.value()).split(" ")[0]), "in order, without message 3000");
        }
    }

    @Test
    void aBatchTheLeaderRefusesFailsAloneAndTheCountIsWhatTheTopicHolds(Sandbox sandbox) {
        // a compacted topic refuses a batch that holds a message without a key (INVALID_RECORD); the
        // batches after it, in flight with later sequences, are sent again renumbered
        assertEquals(0, kzk(sandbox).run("topic", "create", "produce-compacted", "--partitions", "1", "--replication-factor", "2",
                "--config", "cleanup.policy=compact").exitCode());
        StringBuilder input = new StringBuilder();
        for (int n = 0; n < 6000; n++) {
            input.append(n == 2500 ? "" : "k" + n + ":").append(n).append('\n');
        }
        var r = kzk(sandbox).stdin(input.toString()).run("produce", "produce-compacted", "-K", ":", "-X", "batch.size=4096");
        assertEquals(ExitCode.FAILED.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("InvalidRecord"), r.err());
        long acknowledged = acknowledgedOf(r);
        assertTrue(acknowledged > 5000 && acknowledged < 6000, "one small batch failed, the rest went: " + r.err());
        var records = readToEnd(sandbox, "produce-compacted");
        assertEquals(acknowledged, records.size(), "the topic holds what was counted acknowledged");
        int last = -1;
        for (var rec : records) {
            int n = Integer.parseInt(text(rec.value()));
            assertTrue(n > last, n + " after " + last);
            last = n;
        }
        assertEquals(5999, last, "the batches after the refused one arrived");
    }
}
