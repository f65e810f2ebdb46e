package io.kzk.admin.topic;

/**
 * One line of a topic listing.
 *
 * @param underReplicated partitions whose ISR is smaller than their replica set
 * @param offline         partitions without a leader
 */
public record TopicSummary(String name, boolean internal, int partitions, int replicationFactor,
                           int underReplicated, int offline) {
}
