package io.kzk.admin.reassign;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans a reassignment: where the selected partitions go, under a target and a strategy. Pure:
 * plain data in, a {@link ReassignmentPlan} out; no cluster, no printing. The caller selects
 * the partitions (what it puts in {@code current}) and reads brokers and sizes from the cluster;
 * an executor submits {@link ReassignmentPlan#changes()}.
 *
 * <p>Objectives, strictly in order: every replica on a target broker at the replication factor;
 * the rack spread ({@link RackSpread}); replicas balanced within each rack and leaders over the
 * target brokers; then fewest replica moves, bytes, leader changes. Targets that cannot meet the
 * first two fail with a {@link KzkException} of kind INVALID_INPUT that names the numbers.
 */
public final class ReassignmentPlanner {
    private ReassignmentPlanner() {
    }

    /** Resolves {@code target} against the cluster's brokers, then plans. */
    public static ReassignmentPlan plan(Assignment current, Collection<Broker> cluster, PlacementTarget target,
                                        PartitionSizes sizes, PlacementStrategy strategy) {
        return plan(current, target.resolve(cluster, current), sizes, strategy);
    }

    public static ReassignmentPlan plan(Assignment current, PlacementRules rules, PartitionSizes sizes,
                                        PlacementStrategy strategy) {
        Assignment placed = strategy.place(current, rules, sizes);
        if (!placed.replicas().keySet().equals(current.replicas().keySet())) {
            throw new IllegalStateException("the strategy placed other partitions than it was given");
        }
        List<Violation> broken = PlacementEvaluator.hard(PlacementEvaluator.evaluate(placed, rules));
        if (!broken.isEmpty()) {
            // A strategy is meant never to get here; say what it broke rather than submit it.
            throw KzkException.failed("the placement breaks " + broken.size() + " rule(s), first: " + broken.get(0).message(), null);
        }
        return ReassignmentPlan.diff(current, keepLogDirs(current, placed), sizes, rules);
    }

    /** A replica staying on its broker keeps its log dir; a new one goes anywhere. */
    private static Assignment keepLogDirs(Assignment current, Assignment placed) {
        if (current.logDirs().isEmpty()) {
            return placed;
        }
        SortedMap<PartitionId, List<String>> dirs = new TreeMap<>();
        for (var e : current.logDirs().entrySet()) {
            List<Integer> was = current.replicasOf(e.getKey());
            List<Integer> now = placed.replicasOf(e.getKey());
            List<String> d = new ArrayList<>(now.size());
            for (int b : now) {
                int at = was.indexOf(b);
                d.add(at < 0 ? Assignment.ANY_LOG_DIR : e.getValue().get(at));
            }
            dirs.put(e.getKey(), d);
        }
        return new Assignment(placed.replicas(), Map.copyOf(dirs));
    }
}
