package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RendezvousPlacementTest {
    private static final PlacementStrategy RENDEZVOUS = PlacementStrategy.rendezvous();

    /** Places by rendezvous once, so the layout under test is rendezvous's own. */
    private static Assignment placed(List<Broker> cluster, Assignment start) {
        return ReassignmentPlanner.plan(start, cluster, PlacementTarget.current(), PartitionSizes.UNKNOWN, RENDEZVOUS).proposed();
    }

    @Test
    void itsOwnPlacementIsStable() {
        List<Broker> cluster = Clusters.brokers(6, 3);
        Assignment own = placed(cluster, Clusters.balanced("t", 120, 3, 6, 3));
        PlannerCase.of("no-op", cluster, own, PlacementTarget.current()).expectMoves(0).expectLeaderChanges(0).run(RENDEZVOUS);
    }

    @Test
    void removingABrokerMovesOnlyItsReplicasWithoutRacks() {
        List<Broker> cluster = Clusters.brokers(10, 0);
        Assignment own = placed(cluster, Clusters.balanced("t", 500, 3, 10, 0));
        int onRemoved = own.replicasPerBroker().get(7);
        ReassignmentPlan plan = PlannerCase.of("remove 7", cluster, own, PlacementTarget.current().removing(List.of(7)))
                .expectMoves(onRemoved).run(RENDEZVOUS);
        assertTrue(plan.moves().stream().allMatch(m -> m.from().contains(7)), "only partitions on broker 7 change");
    }

    @Test
    void removingABrokerMovesMostlyItsReplicasWithRacks() {
        List<Broker> cluster = Clusters.brokers(12, 4);
        Assignment own = placed(cluster, Clusters.balanced("t", 600, 3, 12, 4));
        int onRemoved = own.replicasPerBroker().get(5);
        ReassignmentPlan plan = PlannerCase.of("remove 5", cluster, own, PlacementTarget.current().removing(List.of(5))).run(RENDEZVOUS);
        int moves = plan.summary().replicaMoves();
        assertTrue(moves >= onRemoved && moves <= onRemoved * 11 / 10, moves + " moves for " + onRemoved + " replicas on broker 5");
    }

    @Test
    void theScoreIsAFixedFunctionOfTopicPartitionAndBroker() {
        // Pinned so that a change of hash, which would move replicas on upgrade, fails here first.
        assertEquals(RendezvousPlacement.score(RendezvousPlacement.topicHash("orders"), 3, 7),
                RendezvousPlacement.score(RendezvousPlacement.topicHash("orders"), 3, 7));
        assertEquals(0xaf63dc4c8601ec8cL, RendezvousPlacement.topicHash("a"), "FNV-1a 64 of \"a\"");
    }

    @Test
    void raisingTheReplicationFactorKeepsTheRules() {
        List<Broker> cluster = Clusters.brokers(6, 3);
        PlannerCase.of("rf 3->4", cluster, Clusters.balanced("t", 60, 3, 6, 3), PlacementTarget.current().withReplicationFactor(4))
                .run(RENDEZVOUS);
    }
}
