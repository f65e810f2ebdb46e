package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

/** What each answer of a leader does to the counts and to the partition, with batches made by appending messages. */
class BatchLedgerTest {
    // 1 KB batches of 100-byte messages: about nine a batch; no linger, no backoff
    private static final BatchSettings SETTINGS = new BatchSettings((short) -1, true, Compression.NONE, 1024, 1 << 20, 1 << 20,
            0, 30_000, 120_000, 0, 0, 1_000, 5);

    private final BatchLedger ledger = new BatchLedger(SETTINGS, () -> { });
    private final PartitionBatches p = new PartitionBatches(new TopicPartition("t", 0), true, 0);

    /** A ledger of one partition that was given {@code messages} messages of 100 bytes, all closed. */
    private void appended(int messages) {
        ledger.partitionsKnown(new PartitionBatches[] {p});
        for (int i = 0; i < messages; i++) {
            OutgoingMessage m = OutgoingMessage.of(null, "x".repeat(100).getBytes(StandardCharsets.UTF_8), null, List.of(), i + 1);
            ledger.append(0, m, RecordBatchWriter.sizeUpperBound(m), 0);
        }
        ledger.closeDue(0, true);
    }

    private PartitionBatches.Batch send() {
        synchronized (ledger) {
            assertTrue(p.canSend(0, 5), "a batch may go");
            PartitionBatches.Batch b = p.next(Compression.NONE, 1L, (short) 0);
            p.sent(b);
            return b;
        }
    }

    private MessageSender.Result counts() {
        return ledger.progress(100, Duration.ZERO);
    }

    @Test
    void aBatchRefusedForItsRecordsAfterAnUnansweredAttemptFailsThePartitionInsteadOfRenumbering() {
        // The leader validates a batch before it looks for a duplicate: the first attempt may have
        // been written, and a batch renumbered into its sequences would be taken for it and dropped.
        appended(100);
        PartitionBatches.Batch first = send();
        ledger.answered(p, first, Errors.NONE, null, 0);
        PartitionBatches.Batch second = send();
        ledger.unanswered(p, second, "request timed out", 0);
        PartitionBatches.Batch again = send();
        assertEquals(second, again);
        ledger.answered(p, again, Errors.INVALID_TIMESTAMP, "timestamp out of range", 0);
        assertNotNull(p.failure(), "whether the first attempt was written is not known: the partition stops");
        assertEquals(first.records.count(), counts().acknowledged());
        assertEquals(100 - first.records.count(), counts().failed(), "the rest fails, none counted acknowledged");
        assertTrue(p.idle());
    }

    @Test
    void aBatchRefusedForItsRecordsOnItsFirstAttemptFailsAloneAndTheRestGoesOn() {
        appended(100);
        ledger.answered(p, send(), Errors.NONE, null, 0);
        PartitionBatches.Batch bad = send();
        ledger.answered(p, bad, Errors.INVALID_RECORD, "compacted topic: a record without a key", 0);
        assertNull(p.failure());
        long sentSoFar = counts().acknowledged() + bad.records.count();
        while (!p.idle()) {
            ledger.answered(p, send(), Errors.NONE, null, 0);
        }
        assertEquals(bad.records.count(), counts().failed());
        assertEquals(100 - bad.records.count(), counts().acknowledged(), "after " + sentSoFar + ", the rest went");
    }

    @Test
    void aFailedPartitionsBatchesInFlightCountFromTheirOwnAnswers() {
        appended(100);
        PartitionBatches.Batch first = send();
        ledger.answered(p, first, Errors.NONE, null, 0);
        PartitionBatches.Batch lost = send();
        PartitionBatches.Batch written = send();
        ledger.answered(p, lost, Errors.UNKNOWN_PRODUCER_ID, "gone", 0);
        assertNotNull(p.failure());
        ledger.answered(p, written, Errors.NONE, null, 0);
        assertTrue(p.idle());
        assertEquals(first.records.count() + written.records.count(), counts().acknowledged(),
                "the batch written after the failure counts as written");
        assertEquals(100, counts().acknowledged() + counts().failed(), "the rest, in flight or not yet sent, failed");
    }

    @Test
    void aBatchTooLargeIsSplitUntilItFitsAndEveryMessageCounts() {
        appended(30);
        ledger.answered(p, send(), Errors.NONE, null, 0);
        PartitionBatches.Batch big = send();
        ledger.answered(p, big, Errors.MESSAGE_TOO_LARGE, "too large", 0);
        PartitionBatches.Batch half = send();
        assertTrue(half.records.count() < big.records.count());
        assertEquals(big.baseSequence, half.baseSequence, "the halves take the refused batch's sequences");
        ledger.answered(p, half, Errors.NONE, null, 0);
        while (!p.idle()) {
            ledger.answered(p, send(), Errors.NONE, null, 0);
        }
        assertEquals(30, counts().acknowledged());
        assertEquals(0, counts().failed());
    }
}
