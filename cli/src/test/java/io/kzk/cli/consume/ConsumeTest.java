package io.kzk.cli.consume;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkProcess;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzk consume against real brokers: counts, ends, groups, formats, the JSON round trip with produce, Ctrl-C and closed pipes. */
@SandboxTest
class ConsumeTest {
    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    private void topicWithMessages(Sandbox sandbox, String topic, int messages) {
        assertEquals(0, kzk(sandbox).run("topic", "create", topic, "--partitions", "4", "--replication-factor", "1").exitCode());
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < messages; i++) {
            in.append(i).append('\n');
        }
        // partitions 0 and 1 only: 2 and 3 stay empty
        assertEquals(0, kzk(sandbox).stdin(in.toString()).run("produce", topic, "-p", "0").exitCode());
        assertEquals(0, kzk(sandbox).stdin("a:1\nb:2\n").run("produce", topic, "-p", "1", "-K", ":", "-H", "h=v").exitCode());
    }

    @Test
    void exitAtEndReturnsExactlyWhatWasProducedCountingEmptyPartitions(Sandbox sandbox) {
        topicWithMessages(sandbox, "consume-end", 1000);
        var all = kzk(sandbox).run("consume", "consume-end", "-e");
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(1002, all.out().lines().count());
        var counted = kzk(sandbox).run("consume", "consume-end", "-c", "7", "-p", "0");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), counted.out().lines().toList());
        assertEquals(List.of("998", "999"), kzk(sandbox).run("consume", "consume-end", "-p", "0", "-o", "-2", "-e").out().lines().toList());
        assertEquals(List.of("10", "11"), kzk(sandbox).run("consume", "consume-end", "-p", "0", "-o", "+10", "-c", "2").out().lines().toList());
        assertEquals("", kzk(sandbox).run("consume", "consume-end", "-o", "end", "-e").out());
        var formatted = kzk(sandbox).run("consume", "consume-end", "-p", "1", "-e", "-f", "%p/%o %k=%s [%h] %S\\n");
        assertEquals(List.of("1/0 a=1 [h=v] 1", "1/1 b=2 [h=v] 1"), formatted.out().lines().toList());
        assertEquals(List.of("a:1", "b:2"), kzk(sandbox).run("consume", "consume-end", "-p", "1", "-e", "-K", ":").out().lines().toList());
        assertEquals(List.of("b|2"), kzk(sandbox).run("consume", "consume-end", "-e", "--grep", "^b$", "-K", "|").out().lines().toList());
    }

    @Test
    void aGroupCommitsAndTheNextRunResumesThere(Sandbox sandbox) {
        topicWithMessages(sandbox, "consume-group", 20);
        var first = kzk(sandbox).run("consume", "consume-group", "-p", "0", "-G", "resumers", "-c", "5");
        assertEquals(List.of("0", "1", "2", "3", "4"), first.out().lines().toList(), first.err());
        var second = kzk(sandbox).run("consume", "consume-group", "-G", "resumers", "-e");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().lines().toList().containsAll(List.of("5", "19", "1", "2")), second.out());
        assertTrue(!second.out().lines().toList().contains("4"), "resumed after the committed offset: " + second.out());
    }

    @Test
    void jsonEnvelopesRoundTripThroughProduceWithKeysHeadersAndBinary(Sandbox sandbox) {
        topicWithMessages(sandbox, "consume-json-a", 3);
        assertEquals(0, kzk(sandbox).stdin("{\"key\":\"bin\",\"payload\":\"AP8=\",\"payload_encoding\":\"base64\",\"partition\":2}\n")
                .run("produce", "consume-json-a", "-J").exitCode());
        String dump = kzk(sandbox).run("consume", "consume-json-a", "-J", "-e").out();
        assertEquals(6, dump.lines().count());
        assertTrue(dump.contains("\"payload_encoding\":\"base64\""), dump);
        assertEquals(0, kzk(sandbox).run("topic", "create", "consume-json-b", "--partitions", "4", "--replication-factor", "1").exitCode());
        var restore = kzk(sandbox).stdin(dump).run("produce", "consume-json-b", "-J");
        assertEquals(0, restore.exitCode(), restore.toString());
        String copy = kzk(sandbox).run("consume", "consume-json-b", "-J", "-e").out();
        assertEquals(strip(dump), strip(copy));
    }

    /** The envelope without what differs between two topics: names and times. */
    private static List<String> strip(String lines) {
        return lines.lines().map(l -> l.replaceAll("\"topic\":\"[^\"]+\",", "").replaceAll("\"ts\":\\d+,", "")
                .replaceAll("\"broker\":\\d+,", "")).sorted().toList();
    }

    @Test
    void badInputFailsWithOneLine(Sandbox sandbox) {
        topicWithMessages(sandbox, "consume-bad", 1);
        var unknown = kzk(sandbox).run("consume", "consume-no-such-topic", "-e");
        assertEquals(ExitCode.NOT_FOUND.code(), unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        // several unknown topics among known ones: all named in the one line, from one describe
        var unknowns = kzk(sandbox).run("consume", "consume-bad", "consume-no-such-b", "consume-no-such-a", "-e");
        assertEquals(ExitCode.NOT_FOUND.code(), unknowns.exitCode());
        assertEquals(1, unknowns.err().lines().count(), unknowns.err());
        assertTrue(unknowns.err().contains("no topic 'consume-no-such-a', 'consume-no-such-b'"), unknowns.err());
        var partition = kzk(sandbox).run("consume", "consume-bad", "-p", "9", "-e");
        assertEquals(ExitCode.USAGE.code(), partition.exitCode());
        assertTrue(partition.err().contains("partition 9"), partition.err());
        var offset = kzk(sandbox).run("consume", "consume-bad", "-o", "yesterday", "-e");
        assertEquals(ExitCode.USAGE.code(), offset.exitCode());
        assertTrue(offset.err().contains("invalid offset 'yesterday'"), offset.err());
        var format = kzk(sandbox).run("consume", "consume-bad", "-f", "%x", "-e");
        assertEquals(ExitCode.USAGE.code(), format.exitCode());
        assertTrue(format.err().contains("unknown token %x"), format.err());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("consume", "consume-bad", "-o", "stored", "-e").exitCode());
        // an offset for a partition the topic lacks is refused as -p 9 is, not ignored
        var offsetPartition = kzk(sandbox).run("consume", "consume-bad", "-o", "9:1", "-e");
        assertEquals(ExitCode.USAGE.code(), offsetPartition.exitCode(), offsetPartition.toString());
        assertTrue(offsetPartition.err().contains("partition 9 of 'consume-bad' does not exist"), offsetPartition.err());
        assertEquals("", offsetPartition.out());
        var leftOut = kzk(sandbox).run("consume", "consume-bad", "-p", "0", "-o", "1:1", "-e");
        assertEquals(ExitCode.USAGE.code(), leftOut.exitCode(), leftOut.toString());
        assertTrue(leftOut.err().contains("which -p leaves out"), leftOut.err());
    }

    private KzkProcess start(Sandbox sandbox, String... args) throws IOException {
        return KzkProcess.start(home, Map.of("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers()), args);
    }

    private void topicWithLines(Sandbox sandbox, String topic, int lines) {
        assertEquals(0, kzk(sandbox).run("topic", "create", topic, "--partitions", "2", "--replication-factor", "1").exitCode());
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            in.append("line ").append(i).append('\n');
        }
        var produced = kzk(sandbox).stdin(in.toString()).run("produce", topic);
        assertEquals(0, produced.exitCode(), produced.err());
    }

    // Ctrl-C (SIGINT) and a reader that goes away (| head) need kzk as its own process, as from a shell.
    @Test
    void ctrlCEndsAConsumeThatFollowsWithExitZeroAndEveryMessageWritten(Sandbox sandbox) throws Exception {
        topicWithLines(sandbox, "stop-ctrl-c", 50);
        KzkProcess consume = start(sandbox, "consume", "stop-ctrl-c");
        Process process = consume.process();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 50; i++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("line "), "message " + i + ": " + line + "; stderr: " + consume.stderr());
            }
            assertTrue(process.isAlive(), "a consume without -e follows the topic");
            consume.interrupt();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of Ctrl-C");
            assertEquals(null, out.readLine(), "nothing more after the 50 messages");
        } finally {
            process.destroyForcibly();
        }
        String err = consume.stderr();
        assertEquals(0, process.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aReaderThatGoesAwayEndsTheConsumeWithExitZero(Sandbox sandbox) throws Exception {
        topicWithLines(sandbox, "stop-pipe", 200_000);
        KzkProcess consume = start(sandbox, "consume", "stop-pipe", "-e");
        Process process = consume.process();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("line "), first + "; stderr: " + consume.stderr());
            out.close(); // as head -1 does: the next writes meet a closed pipe
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of the pipe closing");
        } finally {
            process.destroyForcibly();
        }
        String err = consume.stderr();
        assertEquals(0, process.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Broken pipe"), "no stack trace or error: " + err);
    }

    @Test
    void aGroupConsumerWhoseReaderGoesAwayCommitsOnlyWhatWasWritten(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "stop-pipe-group", "--partitions", "1", "--replication-factor", "1")
                .exitCode());
        StringBuilder in = new StringBuilder();
        String padding = "x".repeat(1000);
        for (int i = 0; i < 2000; i++) {
            in.append(i).append(' ').append(padding).append('\n');
        }
        assertEquals(0, kzk(sandbox).stdin(in.toString()).run("produce", "stop-pipe-group").exitCode());
        KzkProcess consume = start(sandbox, "consume", "stop-pipe-group", "-G", "headers");
        Process process = consume.process();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1);
            assertTrue(out.readLine().startsWith("0 "), consume.stderr());
            assertTrue(out.readLine().startsWith("1 "), consume.stderr());
            out.close(); // | head -2
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of the pipe closing");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), consume.stderr());
        var described = kzk(sandbox).run("group", "describe", "headers", "-o", "json");
        assertEquals(0, described.exitCode(), described.toString());
        long committed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(described.out()).get(0).get("partitions")
                .get(0).get("committed").asLong();
        // Two lines were read; what the pipe's buffer (64 KB: ~64 messages) and one 4 KB chunk held may
        // count as written too. A whole poll (all 2,000 here) must not.
        assertTrue(committed >= 2 && committed < 200, "committed " + committed + " of 2000 after the reader took 2");
    }
}
