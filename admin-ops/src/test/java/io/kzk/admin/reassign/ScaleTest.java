package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 100,000 partitions on 100 brokers in 10 racks. Asserts the plan, not the time (machines vary);
 * {@link #main} prints the time for a run by hand.
 */
class ScaleTest {
    static final int PARTITIONS = 100_000;
    static final int BROKERS = 100;
    static final int RACKS = 10;

    @Test
    void decommissionAtScaleMovesExactlyTheFloor() {
        Assignment current = Clusters.balanced("big", PARTITIONS, 3, BROKERS, RACKS);
        ReassignmentPlan plan = ReassignmentPlanner.plan(current, Clusters.brokers(BROKERS, RACKS),
                PlacementTarget.current().removing(List.of(42)), PartitionSizes.UNKNOWN, PlacementStrategy.minimal());
        assertEquals(current.replicasPerBroker().get(42), plan.summary().replicaMoves());
        assertEquals(current.leadersPerBroker().get(42), plan.summary().leaderChanges());
        assertEquals(List.of(), plan.summary().violationsAfter());
    }

    @Test
    void rendezvousAtScaleKeepsTheRules() {
        Assignment current = Clusters.balanced("big", PARTITIONS, 3, BROKERS, RACKS);
        ReassignmentPlan plan = ReassignmentPlanner.plan(current, Clusters.brokers(BROKERS, RACKS),
                PlacementTarget.current().removing(List.of(42)), PartitionSizes.UNKNOWN, PlacementStrategy.rendezvous());
        assertTrue(PlacementEvaluator.hard(plan.summary().violationsAfter()).isEmpty());
    }

    /** Prints plan times: {@code java -cp ... io.kzk.admin.reassign.ScaleTest [runs]}. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Assignment current = Clusters.balanced("big", PARTITIONS, 3, BROKERS, RACKS);
        List<Broker> cluster = Clusters.brokers(BROKERS, RACKS);
        record Scenario(String name, PlacementTarget target, PlacementStrategy strategy) {
        }
        List<Broker> plusOne = new java.util.ArrayList<>(cluster);
        plusOne.add(Broker.of(BROKERS, "r0"));
        List<Scenario> scenarios = List.of(
                new Scenario("minimal, no-op", PlacementTarget.current(), PlacementStrategy.minimal()),
                new Scenario("minimal, remove broker 42", PlacementTarget.current().removing(List.of(42)), PlacementStrategy.minimal()),
                new Scenario("minimal, add broker 100", PlacementTarget.current().adding(List.of(BROKERS)), PlacementStrategy.minimal()),
                new Scenario("minimal, RF 3 -> 4", PlacementTarget.current().withReplicationFactor(4), PlacementStrategy.minimal()),
                new Scenario("rendezvous, remove broker 42", PlacementTarget.current().removing(List.of(42)), PlacementStrategy.rendezvous()));
        for (Scenario s : scenarios) {
            List<Broker> brokers = s.target().add().isEmpty() ? cluster : plusOne;
            // CPU time as well as wall time: the build machine is shared, so wall time is noisy.
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long first = -1;
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            ReassignmentPlan plan = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                plan = ReassignmentPlanner.plan(current, brokers, s.target(), PartitionSizes.UNKNOWN, s.strategy());
                long took = System.nanoTime() - start;
                first = first < 0 ? took : first;
                best = Math.min(best, took);
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            }
            PlanSummary sum = plan.summary();
            System.out.printf("%-30s first %5d ms, best of %d %5d ms wall %5d ms cpu; replica moves %6d, leader changes %6d,"
                            + " violations after %d%n", s.name(), first / 1_000_000, runs, best / 1_000_000, bestCpu / 1_000_000,
                    sum.replicaMoves(), sum.leaderChanges(), sum.violationsAfter().size());
        }
    }
}
