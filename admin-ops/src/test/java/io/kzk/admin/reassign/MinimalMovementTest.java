package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MinimalMovementTest {
    private static final PlacementStrategy MINIMAL = PlacementStrategy.minimal();
    private static final List<Broker> SIX = Clusters.brokers(6, 3);
    private static final Assignment BALANCED = Clusters.balanced("t", 120, 3, 6, 3);

    @Test
    void theSyntheticClusterStartsBalanced() {
        assertEquals(List.of(), PlacementEvaluator.evaluate(BALANCED, PlacementTarget.current().resolve(SIX, BALANCED)));
    }

    @Test
    void aTargetThatIsAlreadyMetMovesNothing() {
        ReassignmentPlan plan = PlannerCase.of("no-op", SIX, BALANCED, PlacementTarget.current()).expectMoves(0).expectLeaderChanges(0)
                .expectBalanced().run(MINIMAL);
        assertEquals(List.of(), plan.moves());
        assertEquals(0, plan.changes().size());
    }

    @Test
    void decommissionMovesOnlyTheRemovedBrokersReplicasAndLeaders() {
        int floor = BALANCED.replicasPerBroker().get(5);
        int leaderFloor = BALANCED.leadersPerBroker().get(5);
        assertEquals(60, floor);
        assertEquals(20, leaderFloor);
        ReassignmentPlan plan = PlannerCase.of("remove 5", SIX, BALANCED, PlacementTarget.current().removing(List.of(5)))
                .expectMoves(floor).expectLeaderChanges(leaderFloor).expectBalanced().run(MINIMAL);
        BrokerChange five = plan.summary().brokers().stream().filter(b -> b.broker() == 5).findFirst().orElseThrow();
        assertEquals(60, five.replicasOut());
        assertEquals(0, five.replicasAfter());
        // Rack r2 keeps one replica of every partition, now all on broker 2.
        assertEquals(120, plan.proposed().replicasPerBroker().get(2));
    }

    @Test
    void anAddedBrokerGetsItsShareOfItsRack() {
        List<Broker> seven = new java.util.ArrayList<>(SIX);
        seven.add(Broker.of(6, "r0"));
        // Rack r0 holds one replica of each of 120 partitions: 40 per broker once broker 6 joins.
        ReassignmentPlan plan = PlannerCase.of("add 6", seven, BALANCED, PlacementTarget.current().adding(List.of(6)))
                .expectMoves(40).run(MINIMAL);
        SortedMap<Integer, Integer> counts = plan.proposed().replicasPerBroker();
        assertEquals(40, counts.get(6));
        assertEquals(40, counts.get(0));
        assertEquals(40, counts.get(3));
        assertTrue(plan.summary().violationsAfter().stream()
                .noneMatch(v -> v.kind() == Violation.Kind.REPLICAS_UNBALANCED_IN_RACK), plan.summary().violationsAfter().toString());
    }

    @Test
    void raisingTheReplicationFactorAddsOneReplicaPerPartition() {
        Assignment two = Clusters.balanced("t", 120, 2, 6, 3);
        PlannerCase.of("rf 2->3", SIX, two, PlacementTarget.current().withReplicationFactor(3)).expectMoves(120).expectBalanced()
                .run(MINIMAL);
    }

    @Test
    void loweringTheReplicationFactorCopiesNothingAndKeepsLeaders() {
        ReassignmentPlan plan = PlannerCase.of("rf 3->2", SIX, BALANCED, PlacementTarget.current().withReplicationFactor(2))
                .expectMoves(0).expectLeaderChanges(0).expectBalanced().run(MINIMAL);
        assertEquals(120, plan.summary().replicasDropped());
    }

    @Test
    void leadersAreBalancedWithTheFewestChanges() {
        // Same replicas, but broker 0 leads every partition it holds (60 of them).
        SortedMap<PartitionId, List<Integer>> skewed = new TreeMap<>();
        BALANCED.replicas().forEach((p, r) -> {
            List<Integer> reps = new java.util.ArrayList<>(r);
            if (reps.remove(Integer.valueOf(0))) {
                reps.add(0, 0);
            }
            skewed.put(p, reps);
        });
        Assignment current = Assignment.of(skewed);
        int onZero = current.leadersPerBroker().get(0);
        assertEquals(60, onZero);
        // 120 leaders over 6 brokers: 20 each, so broker 0 gives up exactly 40.
        PlannerCase.of("leaders", SIX, current, PlacementTarget.current()).expectMoves(0).expectLeaderChanges(onZero - 20).expectBalanced()
                .run(MINIMAL);
    }

    @Test
    void aBrokenRackRuleIsRepairedWithOneMovePerExtraReplica() {
        SortedMap<PartitionId, List<Integer>> r = new TreeMap<>(BALANCED.replicas());
        // t-0 was [0, 4, 2]; now it has two replicas in rack r0 (brokers 0 and 3) and none in r2.
        r.put(new PartitionId("t", 0), List.of(0, 3, 4));
        Assignment current = Assignment.of(r);
        ReassignmentPlan plan = PlannerCase.of("rack", SIX, current, PlacementTarget.current()).expectMoves(1).run(MINIMAL);
        List<Integer> fixed = plan.proposed().replicasOf(new PartitionId("t", 0));
        // Broker 2 is the one rack r2 is short of; the follower on 3 goes, the leader stays.
        assertEquals(List.of(0, 4, 2), fixed);
    }

    @Test
    void aPartitionWithoutReplicasIsPlacedFromNothing() {
        SortedMap<PartitionId, List<Integer>> r = new TreeMap<>(BALANCED.replicas());
        r.put(new PartitionId("u", 0), List.of());
        ReassignmentPlan plan = PlannerCase.of("new", SIX, Assignment.of(r), PlacementTarget.current().withReplicationFactor(3))
                .expectMoves(3).run(MINIMAL);
        assertEquals(3, plan.proposed().replicasOf(new PartitionId("u", 0)).size());
    }

    @Test
    void movingToANewSetOfBrokersKeepsTheRackRuleAndBalance() {
        List<Broker> twelve = Clusters.brokers(12, 3);
        PlannerCase.of("exactly 6..11", twelve, BALANCED, PlacementTarget.exactly(List.of(6, 7, 8, 9, 10, 11)))
                .expectMoves(360).expectBalanced().run(MINIMAL);
    }

    @Test
    void bytesBreakTiesBetweenEquallyLoadedBrokers() {
        // Without racks, t-0 (big) and t-1 (small) each lose broker 2; brokers 3 and 4 are free.
        Assignment current = Assignment.of(Map.of(new PartitionId("t", 0), List.of(0, 2), new PartitionId("t", 1), List.of(1, 2)));
        PartitionSizes sizes = new PartitionSizes(Map.of(new PartitionId("t", 0), 1000L, new PartitionId("t", 1), 10L));
        ReassignmentPlan plan = PlannerCase.of("bytes", Clusters.brokers(5, 0), current,
                PlacementTarget.exactly(List.of(0, 1, 3, 4))).withSizes(sizes).expectMoves(2).run(MINIMAL);
        assertEquals(1010, plan.summary().bytesMoved());
        assertEquals(List.of(0, 3), plan.proposed().replicasOf(new PartitionId("t", 0)));
        assertEquals(List.of(1, 4), plan.proposed().replicasOf(new PartitionId("t", 1)));
    }
}
