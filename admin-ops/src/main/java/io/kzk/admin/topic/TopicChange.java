package io.kzk.admin.topic;

/**
 * What a create, alter or delete did, or would do under --dry-run.
 *
 * @param outcome created, exists, validated (dry run), partitions_added, unchanged, deleted, absent
 */
public record TopicChange(String topic, String outcome, Integer partitions, Integer replicationFactor) {
}
