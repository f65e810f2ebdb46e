package io.kzk.cli.topic;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.Sandboxes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** topic create, alter, delete and offsets, with their failure paths, against real brokers of both metadata modes. */
@SandboxTest
class TopicChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    private boolean exists(Sandbox sandbox, String topic) {
        return kzk(sandbox).run("topic", "list", "-o", "plain").out().lines().anyMatch(l -> l.startsWith(topic + "\t"));
    }

    private static void assertOneLine(KzkRun.Result r) {
        assertEquals(1, r.err().lines().count(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void createIsIdempotentOnlyWhenAsked(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        String topic = kraft ? "c-orders-kraft" : "c-orders";
        var created = kzk(sandbox).run("topic", "create", topic, "--partitions", "4", "--replication-factor", "3",
                "--config", "retention.ms=60000", "-o", "json");
        assertEquals(0, created.exitCode(), created.toString());
        JsonNode change = JSON.readTree(created.out());
        assertEquals("created", change.get("outcome").asText());
        assertEquals(4, change.get("partitions").asInt());
        assertEquals(3, change.get("replication_factor").asInt());
        JsonNode described = JSON.readTree(kzk(sandbox).runUntil(r -> r.exitCode() == 0, "topic", "describe", topic, "-o", "json")
                .out()).get(0);
        assertEquals(4, described.get("partition_count").asInt());
        assertTrue(described.get("configs").toString().contains("\"retention.ms\""), described.toString());

        var again = kzk(sandbox).run("topic", "create", topic, "--partitions", "4");
        assertEquals(ExitCode.CONFLICT.code(), again.exitCode(), again.toString());
        assertOneLine(again);
        assertTrue(again.err().contains("--if-not-exists"), again.err());
        var idempotent = kzk(sandbox).run("topic", "create", topic, "--partitions", "4", "--if-not-exists", "-o", "json");
        assertEquals(0, idempotent.exitCode(), idempotent.toString());
        assertEquals("exists", JSON.readTree(idempotent.out()).get("outcome").asText());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void dryRunValidatesAndCreatesNothing(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        var dry = kzk(sandbox).run("topic", "create", "c-dry", "--partitions", "3", "--dry-run", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals("validated", JSON.readTree(dry.out()).get("outcome").asText());
        assertFalse(exists(sandbox, "c-dry"));
        var badConfig = kzk(sandbox).run("topic", "create", "c-dry", "--config", "cleanup.policy=sometimes", "--dry-run");
        assertEquals(ExitCode.USAGE.code(), badConfig.exitCode(), badConfig.toString());
        assertOneLine(badConfig);
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void badCreatesFailOnOneLineAndCreateNothing(boolean kraft, Sandboxes sandboxes) {
        Sandbox sandbox = sandboxes.of(kraft);
        var tooMany = kzk(sandbox).run("topic", "create", "c-rf", "--replication-factor", "4");
        assertEquals(ExitCode.USAGE.code(), tooMany.exitCode(), tooMany.toString());
        assertOneLine(tooMany);
        assertFalse(exists(sandbox, "c-rf"));
        var badName = kzk(sandbox).run("topic", "create", "orders/eu");
        assertEquals(ExitCode.USAGE.code(), badName.exitCode());
        assertTrue(badName.err().contains("'/'"), badName.err());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("topic", "create", "c-zero", "--partitions", "0").exitCode());
        var unknownBroker = kzk(sandbox).run("topic", "create", "c-assign", "--replica-assignment", "1:9");
        assertEquals(ExitCode.USAGE.code(), unknownBroker.exitCode());
        assertTrue(unknownBroker.err().contains("[9]"), unknownBroker.err());
        assertFalse(exists(sandbox, "c-assign"));
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void replicaAssignmentPlacesReplicasPreferredLeaderFirst(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        var r = kzk(sandbox).run("topic", "create", "c-pinned", "--replica-assignment", "3:1,2:3");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode partitions = JSON.readTree(kzk(sandbox).runUntil(x -> x.exitCode() == 0, "topic", "describe", "c-pinned", "-o", "json").out())
                .get(0).get("partitions");
        assertEquals("[3,1]", partitions.get(0).get("replicas").toString());
        assertEquals("[2,3]", partitions.get(1).get("replicas").toString());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void alterOnlyAddsPartitions(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        assertEquals(0, kzk(sandbox).run("topic", "create", "c-grow", "--partitions", "2", "--replication-factor", "2").exitCode());
        var grown = kzk(sandbox).run("topic", "alter", "c-grow", "--partitions", "5", "-o", "json");
        assertEquals(0, grown.exitCode(), grown.toString());
        assertEquals("partitions_added", JSON.readTree(grown.out()).get("outcome").asText());
        assertEquals(5, JSON.readTree(kzk(sandbox).runUntil(r -> r.out().contains("\"partition_count\" : 5"),
                        "topic", "describe", "c-grow", "-o", "json").out())
                .get(0).get("partition_count").asInt());
        var shrink = kzk(sandbox).run("topic", "alter", "c-grow", "--partitions", "3");
        assertEquals(ExitCode.USAGE.code(), shrink.exitCode());
        assertOneLine(shrink);
        assertTrue(shrink.err().contains("cannot take partitions away"), shrink.err());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("topic", "alter", "c-nope", "--partitions", "3").exitCode());
        var wrongCount = kzk(sandbox).run("topic", "alter", "c-grow", "--partitions", "7", "--replica-assignment", "1:2");
        assertEquals(ExitCode.USAGE.code(), wrongCount.exitCode());
        assertTrue(wrongCount.err().contains("adds 2"), wrongCount.err());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void deleteAsksOnATerminalAndRefusesWithoutOne(boolean kraft, Sandboxes sandboxes) {
        Sandbox sandbox = sandboxes.of(kraft);
        for (String t : List.of("d-one", "d-two", "d-keep")) {
            assertEquals(0, kzk(sandbox).run("topic", "create", t, "--partitions", "1").exitCode());
        }
        var script = kzk(sandbox).terminal(false).run("topic", "delete", "d-one");
        assertEquals(ExitCode.USAGE.code(), script.exitCode(), script.toString());
        assertTrue(script.err().contains("--yes"), script.err());
        assertTrue(exists(sandbox, "d-one"));

        var declined = kzk(sandbox).terminal(true).stdin("n\n").run("topic", "delete", "d-one");
        assertEquals(ExitCode.FAILED.code(), declined.exitCode(), declined.toString());
        assertTrue(declined.err().contains("d-one") && declined.err().contains("[y/N]"), declined.err());
        assertTrue(exists(sandbox, "d-one"));

        var missing = kzk(sandbox).run("topic", "delete", "d-one", "d-missing", "--yes");
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode());
        assertTrue(missing.err().contains("nothing was deleted"), missing.err());
        assertTrue(exists(sandbox, "d-one"));

        var dry = kzk(sandbox).run("topic", "delete", "--all-matching", "d-*", "--dry-run", "-o", "plain");
        assertEquals(0, dry.exitCode());
        assertEquals(3, dry.out().lines().count(), dry.out());
        assertTrue(exists(sandbox, "d-one"));

        var confirmed = kzk(sandbox).terminal(true).stdin("y\n").run("topic", "delete", "d-one");
        assertEquals(0, confirmed.exitCode(), confirmed.toString());
        var scripted = kzk(sandbox).run("topic", "delete", "d-two", "d-gone", "--if-exists", "--yes");
        assertEquals(0, scripted.exitCode(), scripted.toString());
        awaitGone(sandbox, "d-one");
        awaitGone(sandbox, "d-two");
        assertTrue(exists(sandbox, "d-keep"));

        // A committed offset makes Kafka create __consumer_offsets.
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers(),
                "group.id", "d-group"), new StringDeserializer(), new StringDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition("d-keep", 0), new OffsetAndMetadata(0)));
        }
        var internal = kzk(sandbox).run("topic", "delete", "__consumer_offsets", "--yes");
        assertEquals(ExitCode.USAGE.code(), internal.exitCode());
        assertTrue(internal.err().contains("internal"), internal.err());
    }

    private void awaitGone(Sandbox sandbox, String topic) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (exists(sandbox, topic) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(exists(sandbox, topic), topic + " still listed");
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void offsetsPerPartitionAndAtATime(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        assertEquals(0, kzk(sandbox).run("topic", "create", "o-events", "--partitions", "2").exitCode());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>("o-events", 0, null, "e" + i)).get();
            }
        }
        var r = kzk(sandbox).run("topic", "offsets", "o-events", "--at", "-1h", "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode doc = JSON.readTree(r.out());
        JsonNode p0 = doc.get("partitions").get(0);
        assertEquals(0, p0.get("earliest").asLong());
        assertEquals(3, p0.get("latest").asLong());
        assertEquals(0, p0.get("at_time").asLong());
        assertTrue(doc.get("partitions").get(1).get("at_time").isNull());
        var future = JSON.readTree(kzk(sandbox).run("topic", "offsets", "o-events", "--at", "2100-01-01", "-o", "json").out());
        assertTrue(future.get("partitions").get(0).get("at_time").isNull());
        var badTime = kzk(sandbox).run("topic", "offsets", "o-events", "--at", "soonish");
        assertEquals(ExitCode.USAGE.code(), badTime.exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("topic", "offsets", "o-nope").exitCode());
    }
}
