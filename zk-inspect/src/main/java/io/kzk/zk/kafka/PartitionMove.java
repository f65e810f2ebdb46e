package io.kzk.zk.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A partition a reassignment is moving, as its topic znode says: the replicas it has now
 * (during a move, the old and the new together) and those still being added or removed.
 */
public record PartitionMove(String topic, int partition, List<Integer> replicas, List<Integer> adding, List<Integer> removing) {
    /** The partitions of {@code topics} with replicas being added or removed, by topic then partition. */
    public static List<PartitionMove> inProgress(List<KafkaZnode.Topic> topics) {
        List<PartitionMove> out = new ArrayList<>();
        for (KafkaZnode.Topic t : topics) {
            TreeSet<Integer> moving = new TreeSet<>(t.addingReplicas().keySet());
            moving.addAll(t.removingReplicas().keySet());
            for (int p : moving) {
                out.add(new PartitionMove(t.topic(), p, t.partitions().get(p), t.addingReplicas().get(p), t.removingReplicas().get(p)));
            }
        }
        return out;
    }
}
