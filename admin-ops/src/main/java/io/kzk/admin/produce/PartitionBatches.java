package io.kzk.admin.produce;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.DefaultRecordBatch;
import org.apache.kafka.common.record.RecordBatch;

/**
 * One partition's batches in {@link RecordBatchSender} and the rules that keep an idempotent
 * producer's batches in order and exactly once: the batch being filled, those ready to go (in
 * their order in the partition), those in flight; sequences given when a batch is first sent and
 * kept on every resend, so the leader, old or new, keeps one copy.
 *
 * <ul>
 *   <li>One batch in flight until the leader has acknowledged one: a leader that holds no state
 *       for this producer takes any sequence, and would write the batches after a refused first
 *       one, leaving a gap.</li>
 *   <li>A batch sent again goes before those not yet sent, one at a time until those sent before
 *       it are answered; one refused as out of order behind it follows it (as Kafka's producer
 *       recovers).</li>
 *   <li>A batch the leader refused without writing it (too large, an invalid record) fails alone,
 *       or, too large with several records, goes again as two halves; the sequence goes back to
 *       its own, and the batches after it, refused for the gap, are renumbered.</li>
 *   <li>Anything else that cannot be mended fails the partition: what was not yet sent fails at
 *       once, what is in flight is counted from its own answer.</li>
 * </ul>
 *
 * Sequences wrap at {@link Integer#MAX_VALUE} as Kafka's do; order is kept by each batch's place,
 * not its sequence. Not thread-safe: the sender uses it under its lock. No I/O:
 * PartitionBatchesTest drives it through every answer.
 */
final class PartitionBatches {
    // A batch's place is a span of this many positions, halved when it is split.
    private static final long SPAN = 1L << 32;

    /** A closed batch: its records, its place in the partition, and once sealed its bytes and sequence. */
    static final class Batch {
        final RecordBatchWriter records;
        final long place;
        final long span;
        ByteBuffer sealed;
        int baseSequence = RecordBatch.NO_SEQUENCE;
        int attempts;
        String lastError; // the last retriable error, for the message when the batch expires
        boolean mayBeWritten; // an attempt went unanswered, or was refused in a way that may follow a write

        Batch(RecordBatchWriter records, long place, long span) {
            this.records = records;
            this.place = place;
            this.span = span;
        }
    }

    final TopicPartition id;
    private final boolean idempotent;
    RecordBatchWriter open;
    private final List<Batch> ready = new ArrayList<>(); // by place
    private final List<Batch> inFlight = new ArrayList<>(); // in the order sent
    private long nextPlace;
    private int nextSequence;
    private boolean confirmed; // the leader acknowledged a batch: it holds this producer's state and refuses gaps
    private boolean recovering; // a batch is sent again: one at a time until those sent before are answered
    private long rewoundTo = -1; // place of a batch refused unwritten: those after it in flight come back refused
    private long retryAt;
    private String failure; // once set, nothing more is sent

    /** @param firstSequence the sequence of the partition's first batch: 0, but for a test of the wrap */
    PartitionBatches(TopicPartition id, boolean idempotent, int firstSequence) {
        this.id = id;
        this.idempotent = idempotent;
        this.nextSequence = firstSequence;
    }

    /** The open batch is closed: ready to go, after every batch before it. */
    void closeOpen() {
        ready.add(new Batch(open, nextPlace, SPAN));
        nextPlace += SPAN;
        open = null;
    }

    boolean idle() {
        return open == null && ready.isEmpty() && inFlight.isEmpty();
    }

    /** Whether a batch is ready or in flight. */
    boolean hasClosed() {
        return !ready.isEmpty() || !inFlight.isEmpty();
    }

    String failure() {
        return failure;
    }

    /** The first batch waiting to go while nothing is in flight (for delivery.timeout.ms), or null. */
    Batch waitingAlone() {
        return inFlight.isEmpty() && !ready.isEmpty() ? ready.get(0) : null;
    }

    /** When a batch waiting for its retry backoff may go, or 0 when none waits for one. */
    long retryAt() {
        return inFlight.isEmpty() && !ready.isEmpty() ? retryAt : 0;
    }

    /**
     * Whether a batch may go now: one is ready, and the rules above let it. Once every batch after
     * one refused unwritten has come back, the rewind is over (this clears it).
     */
    boolean canSend(long now, int maxInFlight) {
        if (failure != null || ready.isEmpty() || retryAt > now) {
            return false;
        }
        if (rewoundTo >= 0) {
            for (Batch b : inFlight) {
                if (b.place > rewoundTo) {
                    return false; // it will come back refused for the gap, and be renumbered first
                }
            }
            rewoundTo = -1;
        }
        return inFlight.size() < (recovering || (idempotent && !confirmed) ? 1 : maxInFlight);
    }

    /** The next batch to go, sealed with its sequence if it is not yet; {@link #sent} once it goes. Only after {@link #canSend}. */
    Batch next(Compression compression, long producerId, short producerEpoch) {
        Batch b = ready.get(0);
        if (b.sealed == null) {
            recovering = false;
            b.baseSequence = idempotent ? nextSequence : RecordBatch.NO_SEQUENCE;
            b.sealed = b.records.seal(compression, producerId, producerEpoch, b.baseSequence);
            if (idempotent) {
                nextSequence = DefaultRecordBatch.incrementSequence(nextSequence, b.records.count());
            }
        }
        return b;
    }

    /** The batch from {@link #next} is in a request now. */
    void sent(Batch b) {
        ready.remove(b);
        inFlight.add(b);
        b.attempts++;
    }

    /** The leader wrote the batch, or had it from an earlier attempt. @return false when it was no longer in flight */
    boolean acknowledged(Batch b) {
        if (!inFlight.remove(b)) {
            return false;
        }
        confirmed = true;
        return true;
    }

    /**
     * The batch goes again, in its place, after {@code backoffMs}: with its own sequence, unless it
     * comes back refused behind a batch refused unwritten, when it is renumbered.
     *
     * @param mayBeWritten the attempt went unanswered, or its refusal may follow a write: a later
     *                     refusal for its records is then no proof that nothing was written
     *
     * @return false when it was no longer in flight
     */
    boolean retry(Batch b, long now, long backoffMs, String error, boolean mayBeWritten) {
        if (!inFlight.remove(b)) {
            return false;
        }
        b.lastError = error;
        b.mayBeWritten |= mayBeWritten;
        if (rewoundTo >= 0 && b.place > rewoundTo) {
            unseal(b);
        } else {
            recovering = true;
        }
        insertInPlace(b);
        retryAt = now + backoffMs;
        return true;
    }

    /** Whether a batch before this one is to be sent again, or was refused unwritten: an out-of-order answer is then for the gap. */
    boolean behindGap(Batch b) {
        if (rewoundTo >= 0 && b.place > rewoundTo) {
            return true;
        }
        for (Batch r : ready) {
            if (r.sealed != null && r.place < b.place) {
                return true;
            }
        }
        for (Batch f : inFlight) {
            if (f != b && f.place < b.place) {
                return true; // not yet answered: refused, or it would have been written before this one
            }
        }
        return false;
    }

    /** A batch of a failed partition is answered: no longer in flight. @return false when it was no longer in flight */
    boolean forget(Batch b) {
        return inFlight.remove(b);
    }

    /**
     * The leader refused the batch without writing it: it fails alone, and the sequence goes back
     * to its own for the batches after it. @return false when it was no longer in flight
     */
    boolean refusedUnwritten(Batch b) {
        if (!inFlight.remove(b)) {
            return false;
        }
        rewind(b);
        return true;
    }

    /**
     * The leader refused the batch as too large, unwritten: its records go again in the two
     * batches {@code halves} made of them, in its place, before everything after it.
     * @return false when it was no longer in flight
     */
    boolean split(Batch b, RecordBatchWriter[] halves) {
        if (!inFlight.remove(b)) {
            return false;
        }
        rewind(b);
        long half = b.span / 2;
        insertInPlace(new Batch(halves[0], b.place, half));
        insertInPlace(new Batch(halves[1], b.place + half, b.span - half));
        return true;
    }

    /** Whether the batch can be split again: its span has room for two places. */
    static boolean splittable(Batch b) {
        return b.records.count() > 1 && b.span > 1;
    }

    /**
     * Nothing more is sent: the batches not yet sent (open and ready) are returned for the caller
     * to count as failed; those in flight stay, to be counted from their own answers.
     */
    List<RecordBatchWriter> fail(String why) {
        if (failure == null) {
            failure = why;
        }
        List<RecordBatchWriter> dropped = new ArrayList<>();
        for (Batch b : ready) {
            dropped.add(b.records);
        }
        ready.clear();
        if (open != null) {
            dropped.add(open);
            open = null;
        }
        return dropped;
    }

    /** Everything it holds, in flight too, for a producer that stops and will read no more answers. */
    List<RecordBatchWriter> drain(String why) {
        List<RecordBatchWriter> dropped = fail(why);
        for (Batch b : inFlight) {
            dropped.add(b.records);
        }
        inFlight.clear();
        return dropped;
    }

    private void rewind(Batch b) {
        if (!idempotent || (rewoundTo >= 0 && b.place > rewoundTo)) {
            return; // sealed before an earlier rewind: its sequence is no longer the next one
        }
        nextSequence = b.baseSequence;
        rewoundTo = b.place;
        for (Batch r : ready) {
            if (r.place > b.place) {
                unseal(r);
            }
        }
    }

    /** A batch refused for a gap before it: it was not written, and gets a new sequence. */
    private static void unseal(Batch b) {
        b.sealed = null;
        b.baseSequence = RecordBatch.NO_SEQUENCE;
        b.mayBeWritten = false;
    }

    private void insertInPlace(Batch b) {
        int at = 0;
        while (at < ready.size() && ready.get(at).place < b.place) {
            at++;
        }
        ready.add(at, b);
    }
}
