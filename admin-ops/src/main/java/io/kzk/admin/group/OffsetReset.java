package io.kzk.admin.group;

/** A partition's committed offset before and after a reset. */
public record OffsetReset(String topic, int partition, Long before, long after) {
}
