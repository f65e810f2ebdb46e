package io.kzk.cli.kcat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.SandboxTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kzk kcat} as a kcat user sees it, against real brokers. Each check states what kcat
 * 1.7.1 does (as observed with Debian's package) and holds kzk to it; where kcat is installed the
 * same command runs through the real kcat too and the two outputs are compared byte for byte.
 * Without kcat those comparisons are skipped with a message, the fixed expectations still run.
 */
@SandboxTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KcatSideBySideTest {
    private static final boolean KCAT = kcatInstalled();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
    }

    /** What a process wrote and how it ended. */
    record Run(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static boolean kcatInstalled() {
        try {
            Process p = new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The real kcat, or the test is skipped (with why) where it is not installed. */
    private static Run kcat(Sandbox sandbox, String stdin, String... args) throws Exception {
        List<String> withBrokers = new ArrayList<>(List.of("-b", sandbox.bootstrapServers()));
        withBrokers.addAll(Arrays.asList(args));
        return kcatAsGiven(stdin, withBrokers);
    }

    private static Run kcatAsGiven(String stdin, List<String> args) throws Exception {
        Assumptions.assumeTrue(KCAT, "kcat is not installed (apt-get install kcat): side-by-side comparison skipped");
        List<String> command = new ArrayList<>(List.of("kcat"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kcat " + command + " did not end within 60 s");
        }
        return new Run(p.exitValue(), out.get(10, TimeUnit.SECONDS), new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private Run kzkKcat(Sandbox sandbox, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of("kcat", "-b", sandbox.bootstrapServers()));
        command.addAll(Arrays.asList(args));
        var r = kzk(sandbox).stdin(stdin).run(command.toArray(String[]::new));
        return new Run(r.exitCode(), r.out().getBytes(StandardCharsets.UTF_8), r.err());
    }

    private void createTopic(Sandbox sandbox, String topic, int partitions) {
        // Kept forever: fillMixedTopic's records carry 2023 timestamps, which the default retention (7 days)
        // deletes at the brokers' next check (every 5 minutes), whenever that falls in the test.
        var r = kzk(sandbox).run("topic", "create", topic, "--partitions", Integer.toString(partitions), "--replication-factor", "1",
                "--config", "retention.ms=-1");
        assertEquals(0, r.exitCode(), r.toString());
        // every broker knows it before a produce asks one of them (else kzk kcat notes that the broker may create it)
        for (String broker : sandbox.bootstrapServers().split(",")) {
            var known = kzk(sandbox).env("KZK_BOOTSTRAP_SERVERS", broker).runUntil(d -> d.exitCode() == 0, "topic", "describe", topic);
            assertEquals(0, known.exitCode(), broker + " knows " + topic + ": " + known);
        }
    }

    /** (key, value) of every record of a one-partition topic, in order; "∅" for null. */
    private static List<String> records(Sandbox sandbox, String topic, int expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            List<String> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && (out.size() < expected || consumer.position(tp) < consumer.endOffsets(List.of(tp)).get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(text(r.key()) + "|" + text(r.value()));
                }
            }
            return out;
        }
    }

    private static String text(byte[] b) {
        return b == null ? "∅" : new String(b, StandardCharsets.UTF_8);
    }

    /** An input and kcat -P's flags for it, with what kcat 1.7.1 sent: "key|value", ∅ for null. */
    private record ProduceCase(String name, String input, List<String> flags, List<String> sent) {
    }

    private static final List<ProduceCase> PRODUCE_CASES = List.of(
            new ProduceCase("empty lines", "a\n\nb\n", List.of(), List.of("∅|a", "∅|b")),
            new ProduceCase("empty pieces between -D", "X:D::D:Y", List.of("-D", ":D:"), List.of("∅|X", "∅|Y")),
            new ProduceCase("-D at start and end", ":D:Z:D:", List.of("-D", ":D:"), List.of("∅|Z")),
            new ProduceCase("CRLF, no trailing newline, -K", "k1:v1\r\nk2:\r\n:v3\nnotrail", List.of("-K", ":"),
                    List.of("k1|v1\r", "k2|\r", "|v3", "∅|notrail")),
            new ProduceCase("-K with -Z", "k4:\n:\n\n", List.of("-K", ":", "-Z"), List.of("k4|∅", "∅|∅")),
            new ProduceCase("-Z alone", "\nz\n", List.of("-Z"), List.of("∅|z")));

    @Test
    void producedMessagesAreWhatKcatSends(Sandbox sandbox) throws Exception {
        int i = 0;
        for (ProduceCase c : PRODUCE_CASES) {
            String topic = "kcat-produce-kzk-" + i;
            createTopic(sandbox, topic, 1);
            List<String> args = new ArrayList<>(List.of("-P", "-t", topic));
            args.addAll(c.flags());
            Run r = kzkKcat(sandbox, c.input(), args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), c.name() + ": " + r.err());
            assertEquals("", r.err(), c.name() + ": kcat -P says nothing when all went well");
            assertEquals(c.sent(), records(sandbox, topic, c.sent().size()), c.name());
            i++;
        }
        i = 0;
        for (ProduceCase c : PRODUCE_CASES) {
            String topic = "kcat-produce-kcat-" + i;
            createTopic(sandbox, topic, 1);
            List<String> args = new ArrayList<>(List.of("-P", "-t", topic));
            args.addAll(c.flags());
            Run r = kcat(sandbox, c.input(), args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), c.name() + ": " + r.err());
            assertEquals(c.sent(), records(sandbox, topic, c.sent().size()), "the real kcat, " + c.name());
            i++;
        }
    }

    @Test
    void kzkProduceSkipsEmptyMessagesTooUnlessAskedToKeepThem(Sandbox sandbox) {
        createTopic(sandbox, "kcat-keep-empty", 1);
        assertEquals(0, kzk(sandbox).stdin("a\n\nb\n").run("produce", "kcat-keep-empty").exitCode());
        assertEquals(List.of("∅|a", "∅|b"), records(sandbox, "kcat-keep-empty", 2));
        assertEquals(0, kzk(sandbox).stdin("c\n\n").run("produce", "kcat-keep-empty", "--keep-empty", "-Z").exitCode());
        assertEquals(List.of("∅|a", "∅|b", "∅|c", "∅|∅"), records(sandbox, "kcat-keep-empty", 4));
    }

    @Test
    void withoutAModeStdinPicksProducerOrConsumerAndStderrSaysSo(Sandbox sandbox) {
        createTopic(sandbox, "kcat-auto", 1);
        var piped = kzk(sandbox).stdin("one\n").run("kcat", "-b", sandbox.bootstrapServers(), "-t", "kcat-auto");
        assertEquals(0, piped.exitCode(), piped.toString());
        assertEquals("% Auto-selecting Producer mode (use -P or -C to override)\n", piped.err());
        var typed = kzk(sandbox).terminal(true).run("kcat", "-b", sandbox.bootstrapServers(), "-t", "kcat-auto", "-e");
        assertEquals(0, typed.exitCode(), typed.toString());
        assertTrue(typed.err().startsWith("% Auto-selecting Consumer mode (use -P or -C to override)\n"), typed.err());
        assertEquals("one\n", typed.out());
        var quiet = kzk(sandbox).stdin("two\n").run("kcat", "-b", sandbox.bootstrapServers(), "-t", "kcat-auto", "-q");
        assertEquals("", quiet.err(), "-q: nothing on stderr");
    }

    @Test
    void kcatModeLetsTheBrokerCreateATopicWhileKzkProduceRefusesATypo(Sandbox sandbox) throws Exception {
        Run r = kzkKcat(sandbox, "n\n", "-P", "-t", "kcat-new-topic");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("no topic 'kcat-new-topic' yet") && r.err().lines().count() == 1, r.err());
        assertEquals(List.of("∅|n"), records(sandbox, "kcat-new-topic", 1));
        var typo = kzk(sandbox).stdin("n\n").run("produce", "kcat-new-topiq");
        assertEquals(ExitCode.NOT_FOUND.code(), typo.exitCode(), typo.toString());
        if (KCAT) {
            assertEquals(0, kcat(sandbox, "n\n", "-P", "-t", "kcat-new-by-kcat").exitCode());
            assertEquals(List.of("∅|n"), records(sandbox, "kcat-new-by-kcat", 1));
        }
    }

    /** A topic of 3 partitions with null keys and payloads, headers, and a binary-free mix. */
    private void fillMixedTopic(Sandbox sandbox, String topic) throws Exception {
        createTopic(sandbox, topic, 3);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[][] keys = {"k1".getBytes(StandardCharsets.UTF_8), null, "".getBytes(StandardCharsets.UTF_8)};
            for (int i = 0; i < 9; i++) {
                byte[] value = i == 4 ? null : ("v" + i).getBytes(StandardCharsets.UTF_8);
                var record = new ProducerRecord<>(topic, i % 3, 1_700_000_000_000L + i, keys[i % 3], value);
                if (i == 2) {
                    record.headers().add(new RecordHeader("a", "1".getBytes(StandardCharsets.UTF_8)));
                    record.headers().add(new RecordHeader("b", "2".getBytes(StandardCharsets.UTF_8)));
                }
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void consumedBytesAndEndOfPartitionLinesAreKcats(Sandbox sandbox) throws Exception {
        fillMixedTopic(sandbox, "kcat-consume");
        // Expected output as kcat 1.7.1 writes it, partition by partition (each in offset order).
        Run f = kzkKcat(sandbox, "", "-C", "-t", "kcat-consume", "-p", "1", "-e", "-f", "%k|%s|%K|%S|%p|%o|%T|%h\\n");
        assertEquals(0, f.exitCode(), f.err());
        assertEquals("|v1|-1|2|1|0|1700000000001|\n||-1|-1|1|1|1700000000004|\n|v7|-1|2|1|2|1700000000007|\n", f.text());
        assertEquals("% Reached end of topic kcat-consume [1] at offset 3: exiting\n", f.err());
        Run z = kzkKcat(sandbox, "", "-C", "-t", "kcat-consume", "-p", "1", "-e", "-q", "-Z", "-f", "%k=%s\\n");
        assertEquals("NULL=v1\nNULL=NULL\nNULL=v7\n", z.text());
        assertEquals("", z.err(), "-q: no end-of-partition lines");
        Run k = kzkKcat(sandbox, "", "-C", "-t", "kcat-consume", "-p", "2", "-e", "-q", "-K", "::");
        assertEquals("::v2\n::v5\n::v8\n", k.text());
        Run j = kzkKcat(sandbox, "", "-C", "-t", "kcat-consume", "-p", "2", "-e", "-q", "-J");
        var first = JSON.readTree(j.text().lines().findFirst().orElseThrow());
        assertEquals(List.of("a", "1", "b", "2"), JSON.convertValue(first.get("headers"), List.class));
        assertFalse(j.text().lines().skip(1).findFirst().orElseThrow().contains("headers"), "no headers, no field: " + j.text());
        Run all = kzkKcat(sandbox, "", "-C", "-t", "kcat-consume", "-e");
        List<String> ends = all.err().lines().toList();
        assertEquals(3, ends.size(), all.err());
        assertTrue(ends.stream().allMatch(l -> l.matches("% Reached end of topic kcat-consume \\[[012]] at offset 3(: exiting)?")), all.err());
        assertTrue(ends.get(2).endsWith(": exiting") && ends.stream().filter(l -> l.endsWith(": exiting")).count() == 1, all.err());

        for (String[] args : List.of(
                new String[] {"-C", "-t", "kcat-consume", "-p", "1", "-e", "-f", "%k|%s|%K|%S|%p|%o|%T|%h\\n"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "2", "-e", "-f", "%k|%s|%h|%R|%%|%t\\n"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "1", "-e", "-q", "-Z", "-f", "%k=%s\\n"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "2", "-e", "-q", "-K", "::"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "0", "-e", "-q", "-J"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "2", "-e", "-q", "-J"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "0", "-o", "1000", "-e", "-q"},
                new String[] {"-C", "-t", "kcat-consume", "-p", "0", "-o", "-1", "-e", "-q"})) {
            Run mine = kzkKcat(sandbox, "", args);
            Run theirs = kcat(sandbox, "", args);
            assertEquals(theirs.exitCode(), mine.exitCode(), String.join(" ", args));
            assertArrayEquals(theirs.out(), mine.out(), String.join(" ", args) + "\nkcat:\n" + theirs.text() + "kzk:\n" + mine.text());
            if (!Arrays.asList(args).contains("-q") && !Arrays.asList(args).contains("1000")) {
                assertEquals(theirs.err(), mine.err(), String.join(" ", args));
            }
        }
    }

    @Test
    void countSpansPartitionsAndOffsetsBeyondTheEndsAreClamped(Sandbox sandbox) throws Exception {
        fillMixedTopic(sandbox, "kcat-count");
        Run four = kzkKcat(sandbox, "", "-C", "-t", "kcat-count", "-c", "4", "-f", "%p %s\\n");
        assertEquals(0, four.exitCode(), four.err());
        assertEquals(4, four.text().lines().count(), "-c counts messages over all partitions: " + four.text());
        Run beyond = kzkKcat(sandbox, "", "-C", "-t", "kcat-count", "-o", "1000", "-e", "-q");
        assertEquals(0, beyond.exitCode(), beyond.err());
        assertEquals("", beyond.text(), "past the end: nothing to read");
        // (Not compared with kcat: for a tail further back than the start, kcat 1.7.1 printed the
        // partition from its start in some runs and nothing in others, the same command each time.)
        Run before = kzkKcat(sandbox, "", "-C", "-t", "kcat-count", "-o", "-1000", "-e", "-q");
        assertEquals(9, before.text().lines().count(), "further back than the start: from the start");
        if (KCAT) {
            assertEquals(4, kcat(sandbox, "", "-C", "-t", "kcat-count", "-c", "4", "-f", "%p %s\\n").text().lines().count());
        }
    }

    @Test
    void queryTakesAnyEpochMillisecondsAndLatestAndEarliest(Sandbox sandbox) throws Exception {
        fillMixedTopic(sandbox, "kcat-query");
        for (String time : List.of("1", "-1", "-2", "1700000000004")) {
            Run r = kzkKcat(sandbox, "", "-Q", "-t", "kcat-query:1:" + time, "-J");
            assertEquals(0, r.exitCode(), time + ": " + r.err());
            var topic = JSON.readTree(r.text()).get("kcat-query");
            assertEquals(2, topic.size(), "the topic's name and one partition: " + r.text());
            long expected = switch (time) {
                case "-1" -> 3;
                case "1700000000004" -> 1;
                default -> 0;
            };
            assertEquals(expected, topic.get("1").get("offset").asLong(), time + ": " + r.text());
            if (KCAT) {
                assertTrue(kcat(sandbox, "", "-Q", "-t", "kcat-query:1:" + time).text().contains("offset " + expected), time);
            }
        }
        var at = kzk(sandbox).run("topic", "offsets", "kcat-query", "--at", "1", "-o", "json");
        assertEquals(0, at.exitCode(), at.toString());
        assertEquals(0, JSON.readTree(at.out()).get("partitions").get(0).get("at_time").asLong());
    }

    /**
     * kcat -L's text with what may differ taken out: which broker answered (kzk's Admin client
     * does not say; it names the first bootstrap broker) and the order of brokers and of topics
     * (kcat's is the answering broker's hash order; kzk's by id and name).
     */
    static String metadataModuloOrder(String text) {
        List<String> lines = text.lines().toList();
        List<String> brokers = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        StringBuilder out = new StringBuilder(lines.get(0).replaceAll("\\(from broker [^)]*\\)", "(from broker ?)")).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("  broker ")) {
                brokers.add(line);
            } else if (line.startsWith("  topic ")) {
                topics.add(line);
            } else if (line.startsWith("    partition ")) {
                topics.set(topics.size() - 1, topics.get(topics.size() - 1) + "\n" + line);
            } else if (line.endsWith(" topics:")) {
                brokers.stream().sorted().forEach(b -> out.append(b).append('\n'));
                out.append(line).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        topics.stream().sorted().forEach(t -> out.append(t).append('\n'));
        return out.toString();
    }

    /** kcat -L -J's document, modulo the same as {@link #metadataModuloOrder}. */
    static com.fasterxml.jackson.databind.JsonNode metadataJsonModuloOrder(String json) throws IOException {
        if (!(JSON.readTree(json) instanceof com.fasterxml.jackson.databind.node.ObjectNode tree)) {
            throw new AssertionError("not a metadata document: '" + json + "'");
        }
        tree.remove("originating_broker");
        for (String[] array : new String[][] {{"brokers", "id"}, {"topics", "topic"}}) {
            List<com.fasterxml.jackson.databind.JsonNode> items = new ArrayList<>();
            tree.get(array[0]).forEach(items::add);
            items.sort(java.util.Comparator.comparing(n -> n.get(array[1]).asText()));
            tree.putArray(array[0]).addAll(items);
        }
        return tree;
    }

    @Test
    void metadataIsKcatsModuloWhichBrokerAnsweredAndTheOrderOfBrokersAndTopics(Sandbox sandbox) throws Exception {
        createTopic(sandbox, "kcat-metadata", 3);
        Run one = kzkKcat(sandbox, "", "-L", "-t", "kcat-metadata");
        assertEquals(0, one.exitCode(), one.err());
        String first = sandbox.bootstrapServers().split(",")[0];
        assertTrue(one.text().matches("(?s)Metadata for kcat-metadata \\(from broker \\d+: " + first + "/\\d+\\):\n \\d brokers:\n.*"
                + " 1 topics:\n  topic \"kcat-metadata\" with 3 partitions:\n(    partition \\d, leader \\d, replicas: \\d, isrs: \\d\n){3}"),
                one.text());
        Run json = kzkKcat(sandbox, "", "-L", "-J", "-t", "kcat-metadata");
        assertTrue(json.text().startsWith("{\"originating_broker\":{\"id\":") && json.text().endsWith("}]}]}"), "no newline: " + json.text());
        for (String[] args : List.of(new String[] {"-L", "-t", "kcat-metadata"}, new String[] {"-L"})) {
            Run mine = kzkKcat(sandbox, "", args);
            Run theirs = kcat(sandbox, "", args);
            assertEquals(theirs.exitCode(), mine.exitCode(), String.join(" ", args));
            assertEquals(metadataModuloOrder(theirs.text()), metadataModuloOrder(mine.text()), String.join(" ", args));
            assertEquals(theirs.err(), mine.err(), String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {"-L", "-J", "-t", "kcat-metadata"}, new String[] {"-L", "-J"})) {
            Run mine = kzkKcat(sandbox, "", args);
            Run theirs = kcat(sandbox, "", args);
            assertEquals(theirs.exitCode(), mine.exitCode(), String.join(" ", args));
            assertEquals(metadataJsonModuloOrder(theirs.text()), metadataJsonModuloOrder(mine.text()), String.join(" ", args));
            assertEquals(theirs.text().endsWith("\n"), mine.text().endsWith("\n"), "neither ends with a newline");
        }
    }

    @Test
    void metadataOfAMissingTopicLetsTheBrokerCreateItAsKcatsRequestDoes(Sandbox sandbox) throws Exception {
        Run mine = kzkKcat(sandbox, "", "-L", "-t", "kcat-metadata-new-kzk");
        assertEquals(0, mine.exitCode(), mine.err());
        assertTrue(mine.text().endsWith(" 1 topics:\n  topic \"kcat-metadata-new-kzk\" with 0 partitions: Broker: Leader not available (try again)\n"),
                mine.text());
        var created = kzk(sandbox).runUntil(d -> d.exitCode() == 0, "topic", "describe", "kcat-metadata-new-kzk");
        assertEquals(0, created.exitCode(), "the sandbox's brokers auto-create topics: " + created);
        Run mineJson = kzkKcat(sandbox, "", "-L", "-J", "-t", "kcat-metadata-new-kzk2");
        // kcat's first request for the topic (when it opens it) already has the broker create it, so
        // its listing is either kzk's "just created" one or, when the broker was quick, the new topic
        // with its partitions, as kzk lists it a moment later.
        Run theirs = kcat(sandbox, "", "-L", "-t", "kcat-metadata-new-kcat");
        Run mineAfter = kzkKcat(sandbox, "", "-L", "-t", "kcat-metadata-new-kcat");
        assertTrue(List.of(metadataModuloOrder(mine.text().replace("-kzk", "-kcat")), metadataModuloOrder(mineAfter.text()))
                .contains(metadataModuloOrder(theirs.text())), "kcat:\n" + theirs.text() + "kzk:\n" + mine.text() + mineAfter.text());
        // kcat itself now and then prints nothing while the broker creates the topic: asked again (5 times at most)
        Run theirsJson = kcat(sandbox, "", "-L", "-J", "-t", "kcat-metadata-new-kcat2");
        for (int again = 0; again < 5 && theirsJson.text().isBlank(); again++) {
            theirsJson = kcat(sandbox, "", "-L", "-J", "-t", "kcat-metadata-new-kcat2");
        }
        Run mineJsonAfter = kzkKcat(sandbox, "", "-L", "-J", "-t", "kcat-metadata-new-kcat2");
        assertTrue(List.of(metadataJsonModuloOrder(mineJson.text().replace("-kzk2", "-kcat2")), metadataJsonModuloOrder(mineJsonAfter.text()))
                .contains(metadataJsonModuloOrder(theirsJson.text())), "kcat:\n" + theirsJson.text() + "\nkzk:\n" + mineJson.text());
        for (String topic : List.of("kcat-metadata-new-kzk2", "kcat-metadata-new-kcat", "kcat-metadata-new-kcat2")) {
            // settled before another test lists every topic
            assertEquals(0, kzk(sandbox).runUntil(d -> d.exitCode() == 0 && !d.out().contains("none"), "topic", "describe", topic).exitCode());
        }
    }

    @Test
    void queryLinesAndJsonAreKcatsForSeveralPartitionsAndTopics(Sandbox sandbox) throws Exception {
        fillMixedTopic(sandbox, "kcat-query-both");
        createTopic(sandbox, "kcat-query-empty", 1);
        String[] args = {"-Q", "-t", "kcat-query-both:2:1700000000004", "-t", "kcat-query-empty:0:-2", "-t", "kcat-query-both:0:-1",
            "-t", "kcat-query-both:1:99999999999999"};
        Run mine = kzkKcat(sandbox, "", args);
        assertEquals(0, mine.exitCode(), mine.err());
        assertEquals("kcat-query-both [0] offset 3\nkcat-query-both [1] offset -1\nkcat-query-both [2] offset 1\nkcat-query-empty [0] offset 0\n",
                mine.text(), "by topic and partition, as librdkafka sorts them");
        List<String> json = new ArrayList<>(Arrays.asList(args));
        json.add("-J");
        Run mineJson = kzkKcat(sandbox, "", json.toArray(String[]::new));
        assertEquals("{\"kcat-query-both\":{\"topic\":\"kcat-query-both\",\"0\":{\"partition\":0,\"offset\":3},"
                + "\"1\":{\"partition\":1,\"offset\":-1},\"2\":{\"partition\":2,\"offset\":1}},"
                + "\"kcat-query-empty\":{\"topic\":\"kcat-query-empty\",\"0\":{\"partition\":0,\"offset\":0}}}", mineJson.text());
        for (String[] each : List.of(args, json.toArray(String[]::new))) {
            Run theirs = kcat(sandbox, "", each);
            Run again = kzkKcat(sandbox, "", each);
            assertEquals(theirs.exitCode(), again.exitCode(), String.join(" ", each));
            assertArrayEquals(theirs.out(), again.out(), String.join(" ", each) + "\nkcat:\n" + theirs.text() + "kzk:\n" + again.text());
            assertEquals(theirs.err(), again.err());
        }
    }

    @Test
    void queryOfOnlyUnknownPartitionsOrTopicsFailsAsAWholeAsKcatsDoes(Sandbox sandbox) throws Exception {
        createTopic(sandbox, "kcat-query-one", 1);
        // Beside a known one, kcat answers an unknown partition with the time asked and exits 0.
        for (String[] args : List.of(new String[] {"-Q", "-t", "kcat-query-one:5:1", "-t", "kcat-query-one:0:1"},
                new String[] {"-Q", "-J", "-t", "kcat-query-one:5:1", "-t", "kcat-query-one:0:1"})) {
            Run mixed = kzkKcat(sandbox, "", args);
            assertEquals(0, mixed.exitCode(), mixed.err());
            if (args.length == 5) {
                assertEquals("kcat-query-one [0] offset -1\nkcat-query-one [5] offset 1: Local: Unknown partition\n", mixed.text(),
                        "an empty partition has no record at or after 1");
            }
            if (KCAT) {
                Run theirs = kcat(sandbox, "", args);
                assertEquals(0, theirs.exitCode(), theirs.err());
                assertArrayEquals(theirs.out(), mixed.out(), "kcat:\n" + theirs.text() + "\nkzk:\n" + mixed.text());
            }
        }
        for (String[] args : List.of(new String[] {"-Q", "-t", "kcat-query-one:5:1"},
                new String[] {"-Q", "-t", "kcat-query-nope:0:1"}, new String[] {"-Q", "-J", "-t", "kcat-query-one:5:1"})) {
            Run mine = kzkKcat(sandbox, "", args);
            assertEquals(1, mine.exitCode(), String.join(" ", args));
            assertEquals("", mine.text(), "nothing on stdout, as kcat");
            assertEquals(1, mine.err().lines().count(), mine.err());
            assertTrue(mine.err().contains("Unknown partition"), mine.err());
            Run theirs = kcat(sandbox, "", args);
            assertEquals(theirs.exitCode(), mine.exitCode(), String.join(" ", args) + ": " + theirs.err());
            assertArrayEquals(theirs.out(), mine.out());
        }
    }

    @Test
    void anUnknownDashXPropertyIsRefusedWithOneLineAndKcatsExitCode(Sandbox sandbox) throws Exception {
        createTopic(sandbox, "kcat-bad-x", 1);
        for (String[] args : List.of(new String[] {"-L", "-X", "bogus.prop=1"}, new String[] {"-C", "-t", "kcat-bad-x", "-e", "-X", "linger.msx=5"},
                new String[] {"-L", "-X", "noequals"}, new String[] {"-Q", "-t", "kcat-bad-x:0:1", "-X", "topic.bogus=1"})) {
            Run mine = kzkKcat(sandbox, "", args);
            Run theirs = kcat(sandbox, "", args);
            assertEquals(theirs.exitCode(), mine.exitCode(), String.join(" ", args) + ": " + mine.err());
            assertEquals(1, mine.exitCode());
            assertArrayEquals(theirs.out(), mine.out(), "nothing on stdout");
            assertEquals(1, mine.err().lines().count(), mine.err());
            assertTrue(mine.err().startsWith("kzk: kcat -X "), mine.err());
        }
        Run mapped = kzkKcat(sandbox, "", "-L", "-t", "kcat-bad-x", "-X", "queue.buffering.max.ms=5", "-X", "api.version.request=true");
        assertEquals(0, mapped.exitCode(), "librdkafka names kzk maps or knows to mean nothing here: " + mapped.err());
    }

    @Test
    void errorsExitOneAsKcatsDo(Sandbox sandbox) throws Exception {
        Run unknown = kzkKcat(sandbox, "", "-C", "-t", "kcat-no-such-topic", "-e");
        assertEquals(1, unknown.exitCode(), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        Run noTopic = kzkKcat(sandbox, "", "-C");
        assertEquals(1, noTopic.exitCode(), noTopic.err());
        Run refused = kzkKcat(sandbox, "", "-C", "-t", "x", "-s", "avro");
        assertEquals(1, refused.exitCode(), refused.err());
        createTopic(sandbox, "kcat-errors", 1);
        Run partition = kzkKcat(sandbox, "z\n", "-P", "-t", "kcat-errors", "-p", "9");
        assertEquals(1, partition.exitCode(), partition.err());
        if (KCAT) {
            assertEquals(1, kcat(sandbox, "", "-C", "-t", "kcat-no-such-topic", "-e").exitCode());
            assertEquals(1, kcat(sandbox, "", "-C").exitCode());
            assertEquals(1, kcat(sandbox, "z\n", "-P", "-t", "kcat-errors", "-p", "9").exitCode());
        }
    }

    @Test
    void clientPropertiesComeFromDashXAndDashF(Sandbox sandbox) throws Exception {
        createTopic(sandbox, "kcat-props", 1);
        Run produced = kzkKcat(sandbox, "p\n", "-P", "-t", "kcat-props", "-X", "linger.ms=0", "-X", "acks=all");
        assertEquals(0, produced.exitCode(), produced.err());
        assertEquals(List.of("∅|p"), records(sandbox, "kcat-props", 1));
        Path conf = home.resolve("kcat.conf");
        Files.writeString(conf, "bootstrap.servers=" + sandbox.bootstrapServers() + "\nclient.id=kcat-side-by-side\n");
        var r = KzkRun.isolated(home).run("kcat", "-F", conf.toString(), "-C", "-t", "kcat-props", "-e", "-q");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("p\n", r.out(), r.toString());
        var noted = KzkRun.isolated(home).run("kcat", "-F", conf.toString(), "-C", "-t", "kcat-props", "-e");
        assertTrue(noted.err().startsWith("% Reading configuration from file " + conf + "\n"), noted.err());
        if (KCAT) {
            Run theirs = kcatAsGiven("", List.of("-F", conf.toString(), "-C", "-t", "kcat-props", "-e", "-q"));
            assertEquals("p\n", theirs.text(), theirs.err());
        }
    }
}
