package io.kzk.admin.produce;

import java.util.ArrayList;

/**
 * buffer.memory for kzk's record batches: the bytes of the buffers in use, and of free ones kept
 * for reuse, never more than the limit together (free ones are let go first). Buffers are reused
 * for new batches and for batches that grow, so that a run allocates about as much as it ever
 * holds at once: a new array for every batch and every doubling was most of a run's allocation
 * and its young collections (bench/README.md). Not thread-safe: {@link RecordBatchSender} uses
 * it under its lock.
 */
final class BatchMemory {
    private final long limit;
    private final int batchSize;
    private final ArrayList<byte[]> free = new ArrayList<>(); // a few dozen at most: searched whole
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
     * A buffer of at least this size, for a new batch or one that grows (which gives its old one
     * back once its records are moved), counted as in use: the largest free one
     * while the limit has room for a full batch in each of {@code partitions} (it will not need to
     * grow); else a free one at most twice this size, or a new one of this size that grows as it
     * fills (a used 1 MB buffer in each of many partitions' open batches would hold all the memory
     * with a message or two each, and only linger.ms would free it). A buffer is so at least about
     * half full, and the memory held is mostly messages.
     */
    byte[] take(int capacity, int partitions) {
        int at = fitting(capacity, partitions);
        return at >= 0 ? reuse(at) : allocate(capacity);
    }

    /** A buffer no longer in use: kept for reuse when it is no larger than a batch and fits beside the rest. */
    void give(byte[] buffer) {
        held -= buffer.length;
        if (buffer.length <= batchSize && held + pooled + buffer.length <= limit) {
            free.add(buffer);
            pooled += buffer.length;
        }
    }

    private byte[] reuse(int at) {
        byte[] b = free.get(at);
        free.set(at, free.get(free.size() - 1));
        free.remove(free.size() - 1);
        pooled -= b.length;
        held += b.length; // from free to in use: the sum stays within the limit
        return b;
    }

    /** A new buffer, letting go of free ones (the smallest first) as needed to stay within the limit. */
    private byte[] allocate(int capacity) {
        while (held + pooled + capacity > limit && !free.isEmpty()) {
            int smallest = smallestFree(0);
            pooled -= free.get(smallest).length;
            free.set(smallest, free.get(free.size() - 1));
            free.remove(free.size() - 1);
        }
        held += capacity;
        return new byte[capacity];
    }

    private int fitting(int capacity, int partitions) {
        if (limit - held >= (long) partitions * batchSize) {
            return largestFree(capacity);
        }
        int at = smallestFree(capacity);
        return at >= 0 && free.get(at).length <= 2L * capacity ? at : -1;
    }

    private int smallestFree(int capacity) {
        int best = -1;
        for (int i = 0; i < free.size(); i++) {
            int length = free.get(i).length;
            if (length >= capacity && (best < 0 || length < free.get(best).length)) {
                best = i;
            }
        }
        return best;
    }

    private int largestFree(int capacity) {
        int best = -1;
        for (int i = 0; i < free.size(); i++) {
            int length = free.get(i).length;
            if (length >= capacity && (best < 0 || length > free.get(best).length)) {
                best = i;
            }
        }
        return best;
    }
}
