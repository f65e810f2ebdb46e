package io.kzk.admin.reassign;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Partitions and their replicas before and after a reassignment: what execution, progress,
 * clean-up and cancel work from. {@code original} is what a rollback file holds.
 */
public record PartitionMoves(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target) {
    public PartitionMoves {
        original = Map.copyOf(original);
        target = Map.copyOf(target);
    }
}
