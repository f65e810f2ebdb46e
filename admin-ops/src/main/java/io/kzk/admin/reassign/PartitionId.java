package io.kzk.admin.reassign;

import org.apache.kafka.common.TopicPartition;

/**
 * One partition of one topic. Kafka's {@link TopicPartition} is not comparable, and plans, files
 * and summaries are all sorted by topic then partition, so the planner keeps its own key and
 * converts at the edge where the executor talks to the Admin API.
 */
public record PartitionId(String topic, int partition) implements Comparable<PartitionId> {
    public PartitionId {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a partition needs a topic");
        }
        if (partition < 0) {
            throw new IllegalArgumentException("partition of " + topic + " is negative: " + partition);
        }
        // One String per topic name: comparing partitions of the same topic (most compares in a
        // sorted map of a plan) is then an identity check, not a scan of two equal names.
        topic = topic.intern();
    }

    public static PartitionId of(TopicPartition tp) {
        return new PartitionId(tp.topic(), tp.partition());
    }

    public TopicPartition toTopicPartition() {
        return new TopicPartition(topic, partition);
    }

    @Override
    public int compareTo(PartitionId other) {
        // Written out rather than Comparator.comparing(...).thenComparing(...): plans sort and look up
        // 100,000s of these in sorted maps, and the lambdas cost most of the time outside C2.
        int byTopic = topic == other.topic ? 0 : topic.compareTo(other.topic);
        return byTopic != 0 ? byTopic : Integer.compare(partition, other.partition);
    }

    /** Kafka's spelling, {@code topic-0}, as its tools print it. */
    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
