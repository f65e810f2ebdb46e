package io.kzk.admin.produce;

import io.kzk.common.KzkException;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidMetadataException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.protocol.Errors;

/**
 * What {@link RecordBatchSender}'s two threads share, under this object's lock: the partitions'
 * batches, buffer.memory, and the count of what was acknowledged and what failed. The reading
 * thread appends here, waiting for memory; the I/O thread closes batches when they are due and
 * hands in each leader's answer, which this turns into what becomes of the batch. No I/O:
 * BatchLedgerTest drives it through the answers.
 */
final class BatchLedger {
    private final BatchSettings settings;
    private final BatchMemory memory;
    private final Runnable wakeIo;
    private PartitionBatches[] partitions;
    private int firstCapacity; // a new batch's buffer: small enough that every partition can have one open
    private long acknowledged;
    private long failed;
    private long bytes;
    private String firstError;
    private KafkaException fatal;

    /** @param wakeIo wakes the I/O thread from its poll: a batch was closed (thread-safe, does not block) */
    BatchLedger(BatchSettings settings, Runnable wakeIo) {
        this.settings = settings;
        this.wakeIo = wakeIo;
        this.memory = new BatchMemory(settings.bufferMemory(), settings.batchSize());
    }

    /** Once the topic's partitions are known. */
    synchronized void partitionsKnown(PartitionBatches[] all) {
        partitions = all;
        // Open batches wait for memory only after linger.ms sends one: when buffer.memory cannot hold
        // one for each partition, messages spread in turn would wait that long with a message or two
        // a batch. Batches start small enough for all, and grow as they fill (to at most half empty).
        firstCapacity = (int) Math.max(RecordBatchWriter.HEADER_SIZE + 64,
                Math.min(Math.min(settings.batchSize(), 16 * 1024), memory.limit() / (2L * all.length)));
        notifyAll();
    }

    synchronized PartitionBatches[] partitions() {
        return partitions;
    }

    long memoryLimit() {
        return memory.limit();
    }

    synchronized KafkaException fatal() {
        return fatal;
    }

    synchronized MessageSender.Result progress(long sent, java.time.Duration elapsed) {
        return new MessageSender.Result(sent, acknowledged, failed, firstError, bytes, elapsed);
    }

    // ---- the reading thread ----

    /**
     * Appends a message to its partition's open batch, opening one or closing a full one as needed,
     * or counts it as failed when its partition has failed. Blocks while buffer.memory is full (as
     * Kafka's producer does, at most max.block.ms).
     */
    synchronized void append(int partition, OutgoingMessage m, int bound, long now) {
        throwIfFatal();
        PartitionBatches p = partitions[partition];
        if (p.failure() == null) {
            awaitGrowth(p, bound, now);
            // full, or as full as buffer.memory lets it grow: it goes, and the message opens the next one
            if (p.open != null && (!p.open.hasRoomFor(bound) || !memory.canGrow(p.open.growthFor(bound)))) {
                p.closeOpen();
                wakeIo.run(); // before this thread may block for memory below: the batch can go meanwhile
            }
            if (p.open == null && p.failure() == null) {
                int capacity = Math.max(RecordBatchWriter.HEADER_SIZE + bound, firstCapacity);
                awaitMemory(capacity, now);
                throwIfFatal();
                if (p.failure() == null) {
                    p.open = new RecordBatchWriter(memory.take(capacity, partitions.length), settings.batchSize(), now);
                }
            }
        }
        if (p.failure() != null) {
            failed++;
            return;
        }
        int capacity = p.open.capacityFor(bound);
        if (capacity > 0) {
            memory.give(p.open.moveTo(memory.take(capacity, partitions.length)));
        }
        p.open.append(now, m, bound);
    }

    /** A message refused before it went into a batch (larger than a request or the memory may hold). */
    synchronized void refused(KafkaException e) {
        failed++;
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Once nothing can be sent (not authorized, no producer id), reading stops: the rest would only fail. */
    private void throwIfFatal() {
        if (fatal != null) {
            throw KzkException.failed("cannot produce: " + fatal.getMessage(), fatal);
        }
    }

    /**
     * Blocks while the open batch has room for the message but buffer.memory has none for it to
     * grow, as long as batches sent or about to be will free some (at most max.block.ms): brokers
     * slower than the input then get full batches. Sealed at whatever size, a batch a message could
     * not grow, 1 KB lines went in 32–256 KB batches, and the brokers spent 2–5× the CPU on them.
     * When only open batches hold the memory, nothing frees it before linger.ms: the batch goes as
     * it is (the caller closes it).
     */
    private void awaitGrowth(PartitionBatches p, int bound, long now) {
        long deadline = now + settings.maxBlockMs();
        while (p.open != null && p.open.hasRoomFor(bound) && !memory.canGrow(p.open.growthFor(bound)) && fatal == null
                && p.failure() == null && someBatchClosed()) {
            waitForMemory(deadline);
        }
    }

    /** Whether some partition has a batch ready or in flight: memory will be freed without waiting for linger.ms. */
    private boolean someBatchClosed() {
        for (PartitionBatches p : partitions) {
            if (p.hasClosed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks while the buffers are full until the I/O thread frees some: batches in flight are
     * answered, open ones go after linger.ms. Open batches are not sent early to make room: the
     * next message would open a new one and, with the buffers still full, send it with one
     * message, and so on.
     */
    private void awaitMemory(int capacity, long now) {
        long deadline = now + settings.maxBlockMs();
        while (memory.mustWaitFor(capacity) && fatal == null) {
            waitForMemory(deadline);
        }
    }

    private void waitForMemory(long deadline) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            throw KzkException.failed("no room in buffer.memory (" + memory.limit() + " bytes) within max.block.ms ("
                    + settings.maxBlockMs() + " ms): the brokers are not taking the messages", null);
        }
        waitQuietly(left);
    }

    /** Waits on this lock: an interrupt ends the wait as a failure naming it. */
    void waitQuietly(long ms) {
        try {
            wait(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while producing", e);
        }
    }

    // ---- the I/O thread ----

    /** Closes the batches that should go now, fails those past delivery.timeout.ms; @return ms until a batch is due */
    synchronized long closeDue(long now, boolean closing) {
        long next = 100;
        for (PartitionBatches p : partitions) {
            if (p.open != null) {
                long due = p.open.createdMs() + settings.lingerMs();
                if (closing || due <= now) {
                    p.closeOpen();
                } else {
                    next = Math.min(next, due - now);
                }
            }
            PartitionBatches.Batch oldest = p.waitingAlone();
            if (oldest != null && now - oldest.records.createdMs() > settings.deliveryTimeoutMs()) {
                failPartition(p, expired(p, oldest, now));
            }
            if (p.retryAt() > now) {
                next = Math.min(next, p.retryAt() - now);
            }
        }
        return next;
    }

    /**
     * A leader's answer for a batch.
     *
     * @return whether the metadata should be asked again (the leader moved)
     */
    synchronized boolean answered(PartitionBatches p, PartitionBatches.Batch b, Errors error, String message, long now) {
        ProduceAnswer answer = ProduceAnswer.of(error, p.behindGap(b));
        if (answer == ProduceAnswer.WRITTEN) {
            if (p.acknowledged(b)) {
                acknowledged += b.records.count();
                bytes += b.records.payloadBytes();
                release(b.records);
            }
        } else if (p.failure() != null) {
            retry(p, b, now, message, false); // counted as failed: nothing more goes to the partition
        } else if ((answer == ProduceAnswer.TOO_LARGE || answer == ProduceAnswer.INVALID) && b.mayBeWritten) {
            // A leader validates a batch before it looks for a duplicate: an attempt before this one may
            // have been written, and a batch renumbered in its place could be taken for it.
            failPartition(p, error.exception(message + " (on a retry: whether an earlier attempt was written is not known)"));
            retry(p, b, now, message, false);
        } else if (answer == ProduceAnswer.TOO_LARGE && PartitionBatches.splittable(b)) {
            RecordBatchWriter[] halves = b.records.split(size -> memory.take(size, partitions.length));
            if (p.split(b, halves)) {
                release(b.records);
            } else {
                release(halves[0]);
                release(halves[1]);
            }
        } else if (answer == ProduceAnswer.TOO_LARGE || answer == ProduceAnswer.INVALID) {
            if (p.refusedUnwritten(b)) {
                lost(List.of(b.records), p.id + ": " + error.exception(message).getClass().getSimpleName() + ": " + message);
            }
        } else if (answer == ProduceAnswer.RETRY) {
            // refused for a gap before it (out of order) it was not written; any other refusal may
            // follow a write (not enough replicas after the append, a timeout waiting for them)
            retry(p, b, now, message, error != Errors.OUT_OF_ORDER_SEQUENCE_NUMBER);
            return error.exception() instanceof InvalidMetadataException;
        } else {
            KafkaException e = error.exception(message);
            if (answer == ProduceAnswer.FATAL) {
                failEverything(e);
            } else {
                failPartition(p, e);
            }
            retry(p, b, now, message, false); // the partition has failed: counted as failed
        }
        return false;
    }

    /** No answer for a batch (the connection dropped, the request timed out): it may have been written. */
    synchronized void unanswered(PartitionBatches p, PartitionBatches.Batch b, String why, long now) {
        retry(p, b, now, why, true);
    }

    /** Sends a batch again after a backoff, in its place, unless past delivery.timeout.ms or its partition has failed. */
    private void retry(PartitionBatches p, PartitionBatches.Batch b, long now, String error, boolean mayBeWritten) {
        if (p.failure() != null) {
            if (p.forget(b)) {
                lost(List.of(b.records), null);
            }
            return;
        }
        long backoff = Math.min(settings.retryBackoffMs() << Math.min(b.attempts - 1, 20), settings.retryBackoffMaxMs());
        if (!p.retry(b, now, backoff, error, mayBeWritten)) {
            return;
        }
        if (now - b.records.createdMs() > settings.deliveryTimeoutMs()) {
            failPartition(p, expired(p, b, now));
        }
    }

    private static TimeoutException expired(PartitionBatches p, PartitionBatches.Batch b, long now) {
        return new TimeoutException("Expiring " + b.records.count() + " record(s) for " + p.id + ": " + (now - b.records.createdMs())
                + " ms has passed since batch creation" + (b.lastError == null ? "" : " (last error: " + b.lastError + ")"));
    }

    /** Fails what the partition has not sent; what it has in flight is counted from its own answer. */
    private void failPartition(PartitionBatches p, KafkaException e) {
        String why = e.getClass().getSimpleName() + ": " + e.getMessage();
        lost(p.fail(why), why);
    }

    /** Nothing more can be sent (not authorized, no producer id): every partition fails; answers still count. */
    synchronized void failEverything(KafkaException e) {
        if (fatal == null) {
            fatal = e;
        }
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (partitions != null) {
            for (PartitionBatches p : partitions) {
                failPartition(p, e);
            }
        }
        notifyAll();
    }

    /** The producer stops: everything still held fails, in flight too (its answers will not be read). */
    synchronized void drain(String why) {
        if (partitions != null) {
            for (PartitionBatches p : partitions) {
                lost(p.drain(why), why);
            }
        }
    }

    synchronized boolean allIdle() {
        if (partitions == null) {
            return true;
        }
        for (PartitionBatches p : partitions) {
            if (!p.idle()) {
                return false;
            }
        }
        return true;
    }

    /** Counts these batches' messages as failed and frees their buffers. */
    private void lost(List<RecordBatchWriter> batches, String why) {
        for (RecordBatchWriter records : batches) {
            failed += records.count();
            if (firstError == null && why != null && records.count() > 0) {
                firstError = why;
            }
            release(records);
        }
    }

    private void release(RecordBatchWriter records) {
        memory.give(records.buffer());
        notifyAll();
    }
}
