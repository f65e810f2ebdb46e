package io.kzk.admin.produce;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.LinkedList;
import java.util.ListIterator;
import org.apache.kafka.common.TopicPartition;

/**
 * One partition's batches in {@link RecordBatchSender}: the one being filled, those ready to go
 * (those to send again first, in sequence order), and those in flight (in the order sent). Not
 * thread-safe: the sender uses it under its lock.
 */
final class PartitionBatches {
    /** A closed batch: its records, and once first sent its bytes and sequence, kept for retries. */
    static final class Batch {
        final RecordBatchWriter records;
        ByteBuffer sealed;
        int baseSequence;
        int attempts;

        Batch(RecordBatchWriter records) {
            this.records = records;
        }
    }

    final TopicPartition id;
    RecordBatchWriter open;
    final LinkedList<Batch> ready = new LinkedList<>();
    final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    boolean recovering; // a batch is sent again: one at a time until those sent before are answered
    int nextSequence;
    long retryAt;
    String failure; // once set, everything for this partition fails with it

    PartitionBatches(TopicPartition id) {
        this.id = id;
    }

    boolean idle() {
        return open == null && ready.isEmpty() && inFlight.isEmpty();
    }

    /**
     * Queues a batch to be sent again, before every batch not yet sent and after those to be sent
     * again with a lower sequence, so the partition gets them in order; until they are answered the
     * partition has one batch in flight (as Kafka's producer does).
     */
    void sendAgain(Batch b) {
        ListIterator<Batch> at = ready.listIterator();
        while (at.hasNext()) {
            Batch next = at.next();
            if (next.sealed == null || next.baseSequence > b.baseSequence) {
                at.previous();
                break;
            }
        }
        at.add(b);
        recovering = true;
    }

    /** Whether a batch of lower sequence than this one is waiting to be sent again or is in flight. */
    boolean sentAgainBefore(Batch b) {
        for (Batch r : ready) {
            if (r.sealed != null && r.baseSequence < b.baseSequence) {
                return true;
            }
        }
        for (Batch f : inFlight) {
            if (f != b && f.baseSequence < b.baseSequence) {
                return true;
            }
        }
        return false;
    }
}
