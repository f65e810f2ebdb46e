package io.kzk.admin.produce;

import java.util.ArrayDeque;

/**
 * buffer.memory for kzk's record batches: the bytes of the buffers in use, and of free ones kept
 * for reuse, never more than the limit together (free ones are let go first). Not thread-safe:
 * {@link RecordBatchSender} uses it under its lock.
 */
final class BatchMemory {
    private final long limit;
    private final int batchSize;
    private final ArrayDeque<byte[]> free = new ArrayDeque<>();
    private long held;
    private long pooled;

    BatchMemory(long limit, int batchSize) {
        this.limit = limit;
        this.batchSize = batchSize;
    }

    long limit() {
        return limit;
    }

    /** Whether a batch needing this many more bytes has to wait for buffers in use to be freed. */
    boolean mustWaitFor(long bytes) {
        return held > 0 && held + bytes > limit;
    }

    /** Whether buffers in use may grow by this many bytes (free ones would be let go). */
    boolean canGrow(long bytes) {
        return held + bytes <= limit;
    }

    /**
     * A buffer of at least this size, counted as in use: a used one while the limit has room for a
     * full batch in each of {@code partitions}, else a new one of this size that grows as it fills
     * (a used 1 MB buffer in each of many partitions' open batches would hold all the memory with a
     * message or two each, and only linger.ms would free it). A grown buffer is at least half full,
     * so the memory held is mostly messages.
     */
    byte[] take(int capacity, int partitions) {
        byte[] reuse = free.peekFirst();
        if (reuse != null && reuse.length >= capacity && limit - held >= (long) partitions * batchSize) {
            free.pollFirst();
            pooled -= reuse.length;
            held += reuse.length;
            return reuse;
        }
        grow(capacity);
        return new byte[capacity];
    }

    /** Counts this many more bytes in use, letting go of free buffers as needed to stay within the limit. */
    void grow(long bytes) {
        while (held + pooled + bytes > limit && !free.isEmpty()) {
            pooled -= free.pollFirst().length;
        }
        held += bytes;
    }

    /** A buffer no longer in use: kept for reuse when it is no larger than a batch and fits beside the rest. */
    void give(byte[] buffer) {
        held -= buffer.length;
        if (buffer.length <= batchSize && held + pooled + buffer.length <= limit) {
            free.addFirst(buffer);
            pooled += buffer.length;
        }
    }
}
