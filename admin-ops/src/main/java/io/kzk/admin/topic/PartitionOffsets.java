package io.kzk.admin.topic;

/**
 * A partition's offsets.
 *
 * @param atTime the earliest offset whose timestamp is at or after the time asked for; null when
 *               no time was asked, or when no record is that recent (the next record will get {@code latest})
 */
public record PartitionOffsets(int partition, Long earliest, Long latest, Long atTime) {
}
