package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.Record;
import org.junit.jupiter.api.Test;

/** The partition's rules, driven through every kind of answer: sequences, order, and what counts as lost. */
class PartitionBatchesTest {
    private static final int MAX_IN_FLIGHT = 5;
    private static final long PRODUCER = 7L;
    private int nextValue;

    private PartitionBatches partition(int firstSequence) {
        return new PartitionBatches(new TopicPartition("t", 0), true, firstSequence);
    }

    /** Closes a batch of {@code records} messages "0", "1", ... numbered on from the last one made. */
    private void batch(PartitionBatches p, int records) {
        RecordBatchWriter w = new RecordBatchWriter(new byte[RecordBatchWriter.HEADER_SIZE + records * 64], 1 << 20, 0);
        for (int i = 0; i < records; i++) {
            OutgoingMessage m = OutgoingMessage.of(null, Integer.toString(nextValue++).getBytes(StandardCharsets.UTF_8), null,
                    List.of(), i + 1);
            w.append(1000 + i, m, RecordBatchWriter.sizeUpperBound(m));
        }
        p.open = w;
        p.closeOpen();
    }

    private static PartitionBatches.Batch send(PartitionBatches p) {
        assertTrue(p.canSend(0, MAX_IN_FLIGHT), "a batch may go");
        PartitionBatches.Batch b = p.next(Compression.NONE, PRODUCER, (short) 0);
        p.sent(b);
        return b;
    }

    private static List<String> values(PartitionBatches.Batch b) {
        List<String> out = new ArrayList<>();
        for (Record r : MemoryRecords.readableRecords(b.sealed.duplicate()).batches().iterator().next()) {
            out.add(StandardCharsets.UTF_8.decode(r.value()).toString());
        }
        return out;
    }

    @Test
    void oneBatchGoesUntilTheLeaderHasAcknowledgedOneThenFive() {
        PartitionBatches p = partition(0);
        for (int i = 0; i < 8; i++) {
            batch(p, 10);
        }
        PartitionBatches.Batch first = send(p);
        assertFalse(p.canSend(0, MAX_IN_FLIGHT), "a leader without this producer's state would take a later batch over a gap");
        assertTrue(p.acknowledged(first));
        List<Integer> sequences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sequences.add(send(p).baseSequence);
        }
        assertFalse(p.canSend(0, MAX_IN_FLIGHT), "five in flight: the brokers' window for spotting a duplicate");
        assertEquals(List.of(10, 20, 30, 40, 50), sequences);
    }

    @Test
    void aBatchSentAgainKeepsItsBytesAndSequenceAndGoesBeforeTheRestOneAtATime() {
        PartitionBatches p = partition(0);
        for (int i = 0; i < 5; i++) {
            batch(p, 10);
        }
        assertTrue(p.acknowledged(send(p)));
        PartitionBatches.Batch b1 = send(p);
        PartitionBatches.Batch b2 = send(p);
        var bytes = b1.sealed;
        assertTrue(p.retry(b1, 0, 0, "NOT_LEADER_OR_FOLLOWER", false));
        assertTrue(p.behindGap(b2), "b2's out-of-order answer is for b1's gap");
        assertTrue(p.retry(b2, 0, 0, "OUT_OF_ORDER_SEQUENCE_NUMBER", false));
        PartitionBatches.Batch again = send(p);
        assertEquals(b1, again);
        assertEquals(10, again.baseSequence);
        assertEquals(bytes, again.sealed, "the same bytes: the leader keeps one copy");
        assertFalse(p.canSend(0, MAX_IN_FLIGHT), "one at a time while recovering");
        assertTrue(p.acknowledged(again));
        assertEquals(20, send(p).baseSequence, "then b2, with its own sequence");
    }

    @Test
    void aBatchRefusedUnwrittenFailsAloneAndTheBatchesAfterItAreRenumbered() {
        PartitionBatches p = partition(0);
        for (int i = 0; i < 5; i++) {
            batch(p, 10);
        }
        assertTrue(p.acknowledged(send(p)));
        PartitionBatches.Batch bad = send(p); // 10..19
        PartitionBatches.Batch after = send(p); // 20..29
        assertTrue(p.refusedUnwritten(bad));
        assertFalse(p.canSend(0, MAX_IN_FLIGHT), "the batch after it is in flight with a sequence past the gap");
        assertTrue(p.behindGap(after));
        assertTrue(p.retry(after, 0, 0, "OUT_OF_ORDER_SEQUENCE_NUMBER", false));
        PartitionBatches.Batch renumbered = send(p);
        assertEquals(after, renumbered);
        assertEquals(10, renumbered.baseSequence, "the refused batch's sequence, now its");
        assertEquals(List.of("20", "21", "22", "23", "24", "25", "26", "27", "28", "29"), values(renumbered));
        assertEquals(20, send(p).baseSequence);
    }

    @Test
    void aBatchTooLargeGoesAgainAsTwoHalvesInItsPlace() {
        PartitionBatches p = partition(0);
        batch(p, 10);
        batch(p, 9);
        batch(p, 10);
        assertTrue(p.acknowledged(send(p)));
        PartitionBatches.Batch big = send(p); // 10..18, values 10..18
        PartitionBatches.Batch after = send(p); // 19..28
        assertTrue(PartitionBatches.splittable(big));
        assertTrue(p.split(big, big.records.split(byte[]::new)));
        assertTrue(p.retry(after, 0, 0, "OUT_OF_ORDER_SEQUENCE_NUMBER", false));
        PartitionBatches.Batch first = send(p);
        assertEquals(10, first.baseSequence);
        assertEquals(List.of("10", "11", "12", "13"), values(first));
        assertTrue(p.acknowledged(first));
        PartitionBatches.Batch second = send(p);
        assertEquals(14, second.baseSequence);
        assertEquals(List.of("14", "15", "16", "17", "18"), values(second));
        PartitionBatches.Batch last = send(p);
        assertEquals(19, last.baseSequence);
        assertEquals("19", values(last).get(0));
    }

    @Test
    void sequencesWrapAtIntegerMaxValueAsKafkasDo() {
        PartitionBatches p = partition(Integer.MAX_VALUE - 4);
        batch(p, 10);
        batch(p, 10);
        PartitionBatches.Batch across = send(p);
        assertEquals(Integer.MAX_VALUE - 4, across.baseSequence);
        assertTrue(p.acknowledged(across));
        assertEquals(5, send(p).baseSequence, "MAX-4 .. MAX, then 0 .. 4");
    }

    @Test
    void aFailedPartitionDropsWhatItHasNotSentAndCountsWhatIsInFlightFromItsAnswers() {
        PartitionBatches p = partition(0);
        for (int i = 0; i < 4; i++) {
            batch(p, 10);
        }
        assertTrue(p.acknowledged(send(p)));
        PartitionBatches.Batch inFlight = send(p);
        p.open = new RecordBatchWriter(new byte[128], 1 << 20, 0);
        List<RecordBatchWriter> dropped = p.fail("UnknownProducerIdException: gone");
        assertEquals(3, dropped.size(), "two ready and the open one");
        assertNotNull(p.failure());
        assertFalse(p.canSend(0, MAX_IN_FLIGHT));
        assertFalse(p.idle(), "its batch in flight waits for its answer");
        assertTrue(p.acknowledged(inFlight), "written after all: it counts");
        assertTrue(p.idle());
        assertNull(p.waitingAlone());
    }
}
