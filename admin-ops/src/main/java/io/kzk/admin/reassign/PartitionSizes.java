package io.kzk.admin.reassign;

import java.util.Map;

/**
 * Bytes on disk per partition (one replica's size, as DescribeLogDirs reports the leader's log).
 * Optional input: a partition not listed counts as 0 bytes, so plans without sizes still rank
 * moves by count and only lose the bytes tie-break.
 */
public record PartitionSizes(Map<PartitionId, Long> bytes) {
    public static final PartitionSizes UNKNOWN = new PartitionSizes(Map.of());

    public PartitionSizes {
        bytes = Map.copyOf(bytes);
    }

    public long of(PartitionId partition) {
        return bytes.getOrDefault(partition, 0L);
    }
}
