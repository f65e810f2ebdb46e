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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** topic list and topic describe against both kinds of sandbox. */
@SandboxTest
class TopicCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    /**
     * Topics t-orders.eu (3 partitions, RF 3, min ISR 2, 5 records in partition 1), t-orders.us, t-logs (RF 1),
     * made once per cluster: the clusters are shared by every test.
     */
    private static void createTopics(Sandbox sandbox) throws Exception {
        boolean created = false;
        Map<String, Object> props = Map.of("bootstrap.servers", sandbox.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            for (NewTopic t : List.of(
                    new NewTopic("t-orders.eu", 3, (short) 3).configs(Map.of("min.insync.replicas", "2", "retention.ms", "3600000")),
                    new NewTopic("t-orders.us", 2, (short) 3),
                    new NewTopic("t-logs", 1, (short) 1))) {
                try {
                    admin.createTopics(List.of(t)).all().get();
                    created |= t.name().equals("t-orders.eu");
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        if (!created) {
            return;
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("t-orders.eu", 1, null, "m" + i)).get();
            }
        }
    }

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        return KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers()).run(args);
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void listFiltersByGlobOrRegexAndHidesInternalTopics(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        createTopics(sandbox);
        var glob = KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers())
                .runUntil(r -> r.out().contains("t-orders.us"), "topic", "list", "t-orders.*", "-o", "json");
        assertEquals(0, glob.exitCode(), glob.toString());
        JsonNode topics = JSON.readTree(glob.out());
        assertEquals(List.of("t-orders.eu", "t-orders.us"), names(topics));
        assertEquals(3, topics.get(0).get("partitions").asInt());
        assertEquals(3, topics.get(0).get("replication_factor").asInt());
        assertEquals(0, topics.get(0).get("under_replicated").asInt());

        assertEquals(List.of("t-orders.us"), names(JSON.readTree(kzk(sandbox, "topic", "list", "--regex", "t-.*\\.us", "-o", "json").out())));
        // a regular expression habit typed as a glob finds nothing, and says why
        var habit = kzk(sandbox, "topic", "list", "t-orders.e.*");
        assertTrue(habit.err().contains("no topic matches the glob 't-orders.e.*'") && habit.err().contains("--regex"), habit.toString());
        var all = kzk(sandbox, "topic", "ls", "-o", "plain").out();
        assertFalse(all.contains("__consumer_offsets"), all);
        var table = kzk(sandbox, "topic", "list", "t-*");
        assertTrue(table.out().startsWith("NAME"), table.out());
        assertTrue(table.out().contains("t-logs") && table.out().contains("ok"), table.out());
        var bad = kzk(sandbox, "topic", "list", "--regex", "t-(");
        assertEquals(ExitCode.USAGE.code(), bad.exitCode(), bad.toString());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void describeShowsConfigsPartitionsAndOffsets(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        createTopics(sandbox);
        var r = KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers())
                .runUntil(x -> x.out().contains("\"latest_offset\" : 5"), "topic", "describe", "t-orders.eu", "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode t = JSON.readTree(r.out()).get(0);
        assertEquals("t-orders.eu", t.get("name").asText());
        assertEquals(22, t.get("topic_id").asText().length());
        assertEquals(3, t.get("partition_count").asInt());
        assertEquals(2, t.get("min_isr").asInt());
        JsonNode retention = null;
        for (JsonNode c : t.get("configs")) {
            if (c.get("name").asText().equals("retention.ms")) {
                retention = c;
            }
        }
        assertEquals("3600000", retention.get("value").asText());
        assertEquals("dynamic_topic_config", retention.get("source").asText());
        JsonNode p1 = t.get("partitions").get(1);
        assertEquals(1, p1.get("partition").asInt());
        assertEquals(0, p1.get("earliest_offset").asLong());
        assertEquals(5, p1.get("latest_offset").asLong());
        assertEquals(3, p1.get("isr").size());
        assertTrue(p1.get("leader_is_preferred").asBoolean());
        assertEquals(0, p1.get("offline_replicas").size());

        var table = kzk(sandbox, "topic", "describe", "t-orders.eu", "t-logs");
        assertTrue(table.out().contains("retention.ms:") && table.out().contains("[dynamic_topic_config]"), table.out());
        assertTrue(table.out().contains("PREFERRED"), table.out());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void clusterWideFiltersKeepOnlyMatchingPartitions(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        createTopics(sandbox);
        // Healthy cluster: nothing under-replicated anywhere.
        var under = kzk(sandbox, "topic", "describe", "--under-replicated", "-o", "json");
        assertEquals(0, under.exitCode(), under.toString());
        assertEquals("[ ]\n", under.out());
        // RF 1 with min ISR 1: t-logs is exactly at min ISR, and so is nothing of RF 3 with min ISR 1 or 2.
        var atMin = kzk(sandbox, "topic", "describe", "--at-min-isr", "-o", "json");
        List<String> topics = names(JSON.readTree(atMin.out()));
        assertTrue(topics.contains("t-logs"), atMin.out());
        assertFalse(topics.contains("t-orders.eu"), atMin.out());
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void describingNothingOrAMissingTopicIsAClearError(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        var nothing = kzk(sandbox, "topic", "describe");
        assertEquals(ExitCode.USAGE.code(), nothing.exitCode());
        assertTrue(nothing.err().contains("--all"), nothing.err());
        var missing = kzk(sandbox, "topic", "describe", "no-such-topic", "t-logs");
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode(), missing.toString());
        assertEquals(1, missing.err().lines().count(), missing.toString());
        assertTrue(missing.err().contains("'no-such-topic'"), missing.err());
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }
}
