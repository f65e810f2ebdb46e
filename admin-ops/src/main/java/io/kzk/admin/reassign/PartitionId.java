package io.kzk.admin.reassign;

import java.util.Comparator;
import org.apache.kafka.common.TopicPartition;

/**
 * One partition of one topic. Kafka's {@link TopicPartition} is not comparable, and plans, files
 * and summaries are all sorted by topic then partition, so the planner keeps its own key and
 * converts at the edge where the executor talks to the Admin API.
 */
public record PartitionId(String topic, int partition) implements Comparable<PartitionId> {
    private static final Comparator<PartitionId> ORDER =
            Comparator.comparing(PartitionId::topic).thenComparingInt(PartitionId::partition);

    public PartitionId {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a partition needs a topic");
        }
        if (partition < 0) {
            throw new IllegalArgumentException("partition of " + topic + " is negative: " + partition);
        }
    }

    public static PartitionId of(TopicPartition tp) {
        return new PartitionId(tp.topic(), tp.partition());
    }

    public TopicPartition toTopicPartition() {
        return new TopicPartition(topic, partition);
    }

    @Override
    public int compareTo(PartitionId other) {
        return ORDER.compare(this, other);
    }

    /** Kafka's spelling, {@code topic-0}, as its tools print it. */
    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
