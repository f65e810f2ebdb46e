package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlacementTargetTest {
    private static final Assignment THREE = Assignment.of(Map.of(new PartitionId("t", 0), List.of(0, 1, 2)));

    private static String refusal(List<Broker> cluster, Assignment current, PlacementTarget target) {
        KzkException e = assertThrows(KzkException.class, () -> target.resolve(cluster, current));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        return e.getMessage();
    }

    @Test
    void currentPlusAddMinusRemoveIsTheTarget() {
        PlacementRules rules = PlacementTarget.current().adding(List.of(3)).removing(List.of(0))
                .resolve(Clusters.brokers(4, 0), THREE);
        assertEquals(List.of(1, 2, 3), List.copyOf(rules.targetBrokers()));
        assertEquals(OptionalInt.empty(), rules.replicationFactor());
    }

    @Test
    void aReplicationFactorAboveTheBrokerCountIsRefused() {
        assertEquals("replication factor 3 needs 3 target brokers; the target has 2 (0, 1)",
                refusal(Clusters.brokers(3, 0), THREE, PlacementTarget.exactly(List.of(0, 1))));
    }

    @Test
    void racksTooSmallForTheSpreadAreRefused() {
        // RF 4 over racks a (1 broker) and b (3 brokers): each rack must hold 2.
        List<Broker> cluster = List.of(Broker.of(0, "a"), Broker.of(1, "b"), Broker.of(2, "b"), Broker.of(3, "b"));
        assertEquals("replication factor 4 over 2 racks needs at least 2 replicas in each rack; rack a has 1 broker (0)",
                refusal(cluster, THREE, PlacementTarget.current().adding(List.of(3)).withReplicationFactor(4)));
        // RF 5 over a (1), b (1), c (5): at most 2 per rack, so only 4 fit.
        List<Broker> seven = List.of(Broker.of(0, "a"), Broker.of(1, "b"), Broker.of(2, "c"), Broker.of(3, "c"),
                Broker.of(4, "c"), Broker.of(5, "c"), Broker.of(6, "c"));
        assertEquals("replication factor 5 over 3 racks allows at most 2 replicas per rack, and racks a (1 broker), "
                        + "b (1 broker), c (5 brokers) hold only 4",
                refusal(seven, THREE, PlacementTarget.exactly(List.of(0, 1, 2, 3, 4, 5, 6)).withReplicationFactor(5)));
    }

    @Test
    void fewerRacksThanReplicasIsFeasibleWithTheSpread() {
        PlacementRules rules = PlacementTarget.current().withReplicationFactor(3)
                .resolve(List.of(Broker.of(0, "a"), Broker.of(1, "a"), Broker.of(2, "b")), THREE);
        assertEquals(new RackSpread(3, 2, 1, 2), rules.spread(3));
    }

    @Test
    void unknownAndEmptyTargetsAreRefused() {
        assertEquals("target broker 7 is not in the cluster; brokers: 0, 1, 2",
                refusal(Clusters.brokers(3, 0), THREE, PlacementTarget.exactly(List.of(0, 7))));
        assertEquals("the target broker set is empty after removing 0, 1, 2",
                refusal(Clusters.brokers(3, 0), THREE, PlacementTarget.current().removing(List.of(0, 1, 2))));
        assertEquals("broker 2 holds replicas but is not in the cluster; remove it from the target (--remove 2) to move its replicas away",
                refusal(Clusters.brokers(2, 0), THREE, PlacementTarget.current()));
        assertEquals("broker 9 to remove is neither in the cluster nor holding any of the partitions",
                refusal(Clusters.brokers(3, 0), THREE, PlacementTarget.current().removing(List.of(9))));
    }

    @Test
    void mixedRackInformationIsRefused() {
        List<Broker> cluster = List.of(Broker.of(0, "a"), Broker.of(1), Broker.of(2, "b"));
        assertEquals("brokers 0, 2 have a rack and brokers 1 have none; give every target broker a rack (--broker-racks) "
                + "or none, as Kafka also refuses mixed rack information", refusal(cluster, THREE, PlacementTarget.current()));
        // Overrides can complete the picture.
        PlacementRules rules = PlacementTarget.current().withRacks(BrokerRacks.parse("1:c")).resolve(cluster, THREE);
        assertEquals(3, rules.targetRacks().size());
    }

    @Test
    void aPartitionWithNoReplicasNeedsAReplicationFactor() {
        Assignment empty = Assignment.of(Map.of(new PartitionId("t", 0), List.of()));
        assertEquals("partition t-0 has no replicas; give a replication factor to place it",
                refusal(Clusters.brokers(3, 0), empty, PlacementTarget.exactly(List.of(0, 1, 2))));
    }
}
