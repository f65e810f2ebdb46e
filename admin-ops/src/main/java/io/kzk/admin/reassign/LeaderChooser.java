package io.kzk.admin.reassign;

/**
 * Orders each partition's placed replicas so that the first, the preferred leader, is chosen
 * well. Reordering copies no data, so a leader chooser never changes which brokers hold a
 * partition, only which one leads it.
 */
@FunctionalInterface
public interface LeaderChooser {
    /** Keeps the order the strategy placed the replicas in. */
    LeaderChooser AS_PLACED = (before, placed, rules) -> placed;

    /**
     * @param before the assignment before the plan (for keeping leaders where they are)
     * @param placed the same partitions with their new replicas, in any order
     * @return {@code placed} with each partition's replicas reordered
     */
    Assignment chooseLeaders(Assignment before, Assignment placed, PlacementRules rules);
}
