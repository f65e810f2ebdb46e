package io.kzk.admin.reassign;

/**
 * Who gets a missing replica: a partition that lost one (its broker left the target), is growing
 * its replication factor, or is new (placed from nothing). The candidates already satisfy the
 * rules (on a target broker, not yet in the partition, within the rack spread); the chooser only
 * weighs load. This is the "extender" of topicctl's split.
 */
@FunctionalInterface
public interface ReplicaChooser {
    /**
     * @param candidates broker ids, at least one, in ascending order
     * @return one of {@code candidates}
     */
    int choose(PartitionId partition, int[] candidates, BrokerLoad load);

    /** The broker with the fewest replicas, ties settled by {@code tieBreak}. */
    static ReplicaChooser leastLoaded(BrokerTieBreak tieBreak) {
        return (partition, candidates, load) -> {
            int best = candidates[0];
            int bestCount = load.replicas(best);
            for (int i = 1; i < candidates.length; i++) {
                int b = candidates[i];
                int n = load.replicas(b);
                if (n < bestCount || (n == bestCount && tieBreak.prefers(b, best, load))) {
                    best = b;
                    bestCount = n;
                }
            }
            return best;
        };
    }
}
