package io.kzk.admin.reassign;

/**
 * Which replica a partition drops when it has more than the rules allow (a lower replication
 * factor, or more replicas in one rack than the spread leaves room for). The candidates never
 * include the preferred leader when another choice exists, and dropping any of them keeps the
 * rack rule satisfiable.
 */
@FunctionalInterface
public interface ExcessReplicaChooser {
    /** @return one of {@code candidates} (broker ids, at least one, in the partition's order) */
    int drop(PartitionId partition, int[] candidates, BrokerLoad load);

    /** The broker with the most replicas; among equals the one {@code tieBreak} likes least. */
    static ExcessReplicaChooser mostLoaded(BrokerTieBreak tieBreak) {
        return (partition, candidates, load) -> {
            int worst = candidates[0];
            int worstCount = load.replicas(worst);
            for (int i = 1; i < candidates.length; i++) {
                int b = candidates[i];
                int n = load.replicas(b);
                if (n > worstCount || (n == worstCount && tieBreak.prefers(worst, b, load))) {
                    worst = b;
                    worstCount = n;
                }
            }
            return worst;
        };
    }
}
