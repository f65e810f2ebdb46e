package io.kzk.zk.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.zk.ZnodeStat;
import io.kzk.zk.kafka.KafkaConsistency.BrokerSide;
import io.kzk.zk.kafka.KafkaConsistency.ServedPartition;
import io.kzk.zk.kafka.KafkaConsistency.ZookeeperSide;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaConsistencyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private static <T extends KafkaZnode> T decode(String path, String json, long mtime, long owner, Class<T> kind) {
        var stat = new ZnodeStat(1, 1, 1, mtime, mtime, 0, 0, 0, owner, json.length(), 0);
        return kind.cast(KafkaZnodeDecoder.decode(path, json.getBytes(StandardCharsets.UTF_8), stat).orElseThrow());
    }

    private static ZookeeperSide zk(List<KafkaZnode.Topic> topics, List<KafkaZnode.PartitionState> partitions,
                                    List<KafkaZnode.Config> configs, Optional<KafkaZnode.ReassignmentRequest> reassignment,
                                    Optional<Set<Long>> sessions) {
        return new ZookeeperSide(
                List.of(decode("/brokers/ids/1", "{\"endpoints\":[\"PLAINTEXT://h:9092\"],\"version\":5,\"timestamp\":\"1\"}", 0, 0x11,
                                KafkaZnode.Broker.class),
                        decode("/brokers/ids/2", "{\"endpoints\":[\"PLAINTEXT://h:9093\"],\"version\":5,\"timestamp\":\"1\"}", 0, 0x22,
                                KafkaZnode.Broker.class)),
                topics, partitions, Optional.of(decode("/controller", "{\"version\":2,\"brokerid\":1,\"timestamp\":\"1\"}", 0, 0x11,
                        KafkaZnode.Controller.class)),
                reassignment, Optional.empty(), List.of(), configs, Optional.empty(), Optional.empty(), sessions);
    }

    private static KafkaZnode.Topic topic(String name, String adding, long mtime) {
        return decode("/brokers/topics/" + name, "{\"version\":3,\"topic_id\":\"abc\",\"partitions\":{\"0\":[1,2]},\"adding_replicas\":{"
                + adding + "},\"removing_replicas\":{}}", mtime, 0, KafkaZnode.Topic.class);
    }

    private static KafkaZnode.PartitionState state(String topic, int leader, String isr) {
        return decode("/brokers/topics/" + topic + "/partitions/0/state", "{\"controller_epoch\":1,\"leader\":" + leader
                + ",\"version\":1,\"leader_epoch\":3,\"isr\":" + isr + "}", 0, 0,
                KafkaZnode.PartitionState.class);
    }

    @Test
    void agreementIsHealthy() {
        var report = KafkaConsistency.check(zk(List.of(topic("t", "", 0)), List.of(state("t", 1, "[1,2]")), List.of(), Optional.empty(),
                Optional.of(Set.of(0x11L, 0x22L))), new BrokerSide(Set.of(1, 2), Map.of("t-0", new ServedPartition(1, List.of(2, 1))),
                Map.of("t", Map.of())), NOW, Duration.ofMinutes(10));
        assertTrue(report.healthy(), report.toString());
    }

    @Test
    void aPartitionWithoutALeaderIsOfflineWhileOtherBrokersServe() {
        // One broker killed: the controller wrote leader -1 for the partitions whose ISR held only it.
        var report = KafkaConsistency.check(zk(List.of(topic("t", "", 0)), List.of(state("t", -1, "[3]")), List.of(), Optional.empty(),
                Optional.of(Set.of(0x11L, 0x22L))), new BrokerSide(Set.of(1, 2), Map.of("t-0", new ServedPartition(null, List.of(3))),
                Map.of("t", Map.of())), NOW, Duration.ofMinutes(10));
        assertFalse(report.healthy(), report.toString());
        assertEquals(List.of("partition_state t-0: no leader (ISR [3]): the partition is offline"),
                report.problems().stream().map(f -> f.check() + " " + f.subject() + ": " + f.message()).toList());
    }

    @Test
    void disagreementsAndStuckRequestsAreProblems() {
        long longAgo = NOW.minus(Duration.ofHours(2)).toEpochMilli();
        var report = KafkaConsistency.check(zk(List.of(topic("t", "\"0\":[3]", longAgo)), List.of(state("t", 1, "[1,2]")),
                List.of(decode("/config/topics/t", "{\"version\":1,\"config\":{\"retention.ms\":\"1000\"}}", 0, 0,
                        KafkaZnode.Config.class)),
                Optional.of(decode("/admin/reassign_partitions", "{\"version\":1,\"partitions\":[{\"topic\":\"t\",\"partition\":0,"
                        + "\"replicas\":[1,3]}]}", longAgo, 0, KafkaZnode.ReassignmentRequest.class)), Optional.of(Set.of(0x11L))),
                new BrokerSide(Set.of(1, 2), Map.of("t-0", new ServedPartition(2, List.of(2))), Map.of("t", Map.of("retention.ms", "2000"))),
                NOW, Duration.ofMinutes(10));
        assertFalse(report.healthy());
        List<String> checks = report.problems().stream().map(f -> f.check() + " " + f.subject()).toList();
        assertTrue(checks.contains("partition_state t-0"), checks.toString());
        assertTrue(checks.contains("reassignment t"), checks.toString());
        assertTrue(checks.contains("reassignment /admin/reassign_partitions"), checks.toString());
        assertTrue(checks.contains("config t"), checks.toString());
        assertTrue(checks.contains("registration broker 2"), "broker 2's session 0x22 is connected nowhere: " + checks);
        assertEquals(5, report.problems().size(), report.problems().toString());
    }

    @Test
    void aRecentReassignmentIsANoteNotAProblem() {
        long justNow = NOW.minusSeconds(30).toEpochMilli();
        var report = KafkaConsistency.check(zk(List.of(topic("t", "\"0\":[3]", justNow)), List.of(), List.of(), Optional.empty(),
                Optional.empty()), null, NOW, Duration.ofMinutes(10));
        assertTrue(report.healthy(), report.toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.check().equals("reassignment")), report.notes().toString());
        assertFalse(report.brokersChecked());
    }
}
