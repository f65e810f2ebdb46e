package io.kzk.admin.topic;

import java.util.List;

/**
 * A partition in full.
 *
 * @param offlineReplicas replicas on brokers that are not serving
 * @param earliestOffset  null when it could not be read (no leader)
 * @param latestOffset    null when it could not be read (no leader)
 */
public record PartitionDetails(int partition, Integer leader, List<Integer> replicas, List<Integer> isr,
                               List<Integer> offlineReplicas, boolean leaderIsPreferred,
                               Long earliestOffset, Long latestOffset) {
    public PartitionDetails {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
        offlineReplicas = List.copyOf(offlineReplicas);
    }
}
