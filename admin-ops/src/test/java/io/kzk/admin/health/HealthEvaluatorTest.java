package io.kzk.admin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.admin.topic.PartitionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthEvaluatorTest {
    private static PartitionState p(String topic, int partition, Integer leader, List<Integer> replicas, List<Integer> isr) {
        return new PartitionState(topic, partition, leader, replicas, isr);
    }

    @Test
    void fullyReplicatedPreferredClusterIsHealthy() {
        var report = HealthEvaluator.evaluate(List.of(
                        p("orders", 0, 1, List.of(1, 2, 3), List.of(1, 2, 3)),
                        p("orders", 1, 2, List.of(2, 3, 1), List.of(2, 3, 1))),
                Map.of("orders", 2), Set.of(1, 2, 3), Optional.empty());
        assertTrue(report.healthy());
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(), report.warnings());
        assertEquals(1, report.topics());
        assertEquals(2, report.partitions());
        assertEquals(3, report.brokers());
        assertNull(report.brokerRegistration());
    }

    @Test
    void namesUnderReplicatedAndUnderMinIsrPartitions() {
        var report = HealthEvaluator.evaluate(List.of(
                        p("orders", 0, 1, List.of(1, 2, 3), List.of(1, 2)),
                        p("orders", 1, 2, List.of(2, 3, 1), List.of(2))),
                Map.of("orders", 2), Set.of(1, 2), Optional.empty());
        assertFalse(report.healthy());
        assertEquals(2, report.underReplicatedPartitions().size());
        assertEquals(List.of("orders"), report.underMinIsrPartitions().stream().map(PartitionIssue::topic).toList());
        assertEquals(1, report.underMinIsrPartitions().get(0).partition());
        assertTrue(report.problems().contains("2 under-replicated partitions: orders-0, orders-1"), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("1 partition under min ISR: orders-1"), report.problems().toString());
    }

    @Test
    void offlinePartitionsAreNotAlsoCountedAsUnderReplicated() {
        var report = HealthEvaluator.evaluate(List.of(p("t", 0, null, List.of(3), List.of())),
                Map.of(), Set.of(1), Optional.empty());
        assertFalse(report.healthy());
        assertEquals(1, report.offlinePartitions().size());
        assertEquals(List.of(), report.underReplicatedPartitions());
        assertEquals(List.of(), report.underMinIsrPartitions());
        assertEquals("1 offline partition: t-0 (no leader)", report.problems().get(0));
    }

    @Test
    void nonPreferredLeaderIsAWarningNotAProblem() {
        var report = HealthEvaluator.evaluate(List.of(p("t", 0, 2, List.of(1, 2), List.of(1, 2))),
                Map.of(), Set.of(1, 2), Optional.empty());
        assertTrue(report.healthy());
        assertEquals(1, report.nonPreferredLeaders().size());
        assertTrue(report.warnings().get(0).startsWith("1 partition led by a non-preferred replica: t-0"));
    }

    @Test
    void longListsAreCutInTheSummaryButKeptInFull() {
        List<PartitionState> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(p("t", i, 1, List.of(1, 2), List.of(1)));
        }
        var report = HealthEvaluator.evaluate(many, Map.of(), Set.of(1), Optional.empty());
        assertEquals("8 under-replicated partitions: t-0, t-1, t-2, t-3, t-4 and 3 more", report.problems().get(0));
        assertEquals(8, report.underReplicatedPartitions().size());
    }

    @Test
    void comparesZookeeperRegistrationsWithServingBrokers() {
        var report = HealthEvaluator.evaluate(List.of(), Map.of(), Set.of(1, 2, 4), Optional.of(Set.of(1, 2, 3)));
        assertFalse(report.healthy());
        assertEquals(List.of(3), report.brokerRegistration().registeredNotServing());
        assertEquals(List.of(4), report.brokerRegistration().servingNotRegistered());
        assertEquals(List.of("brokers registered in ZooKeeper but not serving: 3",
                "brokers serving but not registered in ZooKeeper: 4"), report.problems());
    }

    @Test
    void noServingBrokerIsAProblem() {
        var report = HealthEvaluator.evaluate(List.of(), Map.of(), Set.of(), Optional.empty());
        assertFalse(report.healthy());
        assertEquals(List.of("no broker is serving"), report.problems());
    }

    @Test
    void strictMakesWarningsProblemsSoTheVerdictAgreesWithTheExitCode() {
        var report = HealthEvaluator.evaluate(List.of(p("t", 0, 2, List.of(1, 2), List.of(1, 2))),
                Map.of(), Set.of(1, 2), Optional.empty(), null, List.of(), true);
        assertFalse(report.healthy());
        assertEquals(List.of(), report.warnings());
        assertEquals("1 partition led by a non-preferred replica: t-0 (kzk elect preferred --all)", report.problems().get(0));
    }

    @Test
    void aListedBrokerThatRefusesConnectionsIsAProblemAndASilentOneAWarning() {
        var report = HealthEvaluator.evaluate(List.of(p("t", 0, 1, List.of(1, 2), List.of(1, 2))),
                Map.of(), Set.of(1, 2), Optional.empty(), null,
                List.of(new UnreachableBroker(2, "127.0.0.1:9093", "connection refused", true),
                        new UnreachableBroker(3, "10.0.0.3:9092", "no answer within 2s", false)), false);
        assertFalse(report.healthy());
        assertEquals(List.of("broker 2 at 127.0.0.1:9093 does not accept connections (connection refused)"), report.problems());
        assertEquals(List.of("broker 3 at 10.0.0.3:9092 does not accept connections (no answer within 2s)"), report.warnings());
    }

    @Test
    void anUnreachableZookeeperIsAProblemBesideThePartitionsHealth() {
        var report = HealthEvaluator.evaluate(List.of(p("t", 0, 1, List.of(1, 2), List.of(1))),
                Map.of(), Set.of(1, 2), Optional.empty(), "ZooKeeper at zk:2181 unreachable: connection refused", List.of(), false);
        assertFalse(report.healthy());
        assertEquals(1, report.underReplicatedPartitions().size());
        assertTrue(report.problems().contains("ZooKeeper at zk:2181 unreachable: connection refused"), report.problems().toString());
    }
}
