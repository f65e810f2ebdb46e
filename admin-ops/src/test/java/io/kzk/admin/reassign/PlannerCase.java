package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * One row of the table every strategy is tested with: a cluster, a current assignment, a target,
 * and what the plan must show. A negative expectation means "not checked". Each run also checks
 * what holds for every strategy: no hard violation after, and the same plan on a second run.
 */
record PlannerCase(String name, List<Broker> cluster, Assignment current, PlacementTarget target,
                   PartitionSizes sizes, int replicaMoves, int leaderChanges, boolean balanced) {
    static PlannerCase of(String name, List<Broker> cluster, Assignment current, PlacementTarget target) {
        return new PlannerCase(name, cluster, current, target, PartitionSizes.UNKNOWN, -1, -1, false);
    }

    PlannerCase expectMoves(int n) {
        return new PlannerCase(name, cluster, current, target, sizes, n, leaderChanges, balanced);
    }

    PlannerCase expectLeaderChanges(int n) {
        return new PlannerCase(name, cluster, current, target, sizes, replicaMoves, n, balanced);
    }

    /** Expect no soft violation either: replicas balanced in racks, leaders balanced. */
    PlannerCase expectBalanced() {
        return new PlannerCase(name, cluster, current, target, sizes, replicaMoves, leaderChanges, true);
    }

    PlannerCase withSizes(PartitionSizes s) {
        return new PlannerCase(name, cluster, current, target, s, replicaMoves, leaderChanges, balanced);
    }

    ReassignmentPlan run(PlacementStrategy strategy) {
        ReassignmentPlan plan = ReassignmentPlanner.plan(current, cluster, target, sizes, strategy);
        PlanSummary s = plan.summary();
        assertEquals(List.of(), PlacementEvaluator.hard(s.violationsAfter()), name + ": hard violations after");
        if (replicaMoves >= 0) {
            assertEquals(replicaMoves, s.replicaMoves(), name + ": replica moves");
        }
        if (leaderChanges >= 0) {
            assertEquals(leaderChanges, s.leaderChanges(), name + ": leader changes");
        }
        if (balanced) {
            assertEquals(List.of(), s.violationsAfter(), name + ": violations after");
        }
        ReassignmentPlan again = ReassignmentPlanner.plan(current, cluster, target, sizes, strategy);
        assertEquals(plan.proposed(), again.proposed(), name + ": same input, same plan");
        assertTrue(plan.moves().stream().noneMatch(m -> m.from().equals(m.to())), name + ": only changes are listed");
        return plan;
    }
}
