package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MutableRecordBatch;
import org.apache.kafka.common.record.Record;
import org.apache.kafka.common.record.RecordBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The batches kzk writes itself, read back by Kafka's own record parser, CRC and all. */
class RecordBatchWriterTest {
    /** The buffer grown as the sender grows it, into a bigger one. */
    private static void roomFor(RecordBatchWriter writer, int bound) {
        int capacity = writer.capacityFor(bound);
        if (capacity > 0) {
            writer.moveTo(new byte[capacity]);
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(CompressionType.class)
    void kafkaReadsEveryRecordBackWithKeysValuesHeadersAndTheProducersSequence(CompressionType type) {
        RecordBatchWriter writer = new RecordBatchWriter(new byte[64], 1 << 20, 0);
        List<Map.Entry<String, byte[]>> headers = List.of(new AbstractMap.SimpleEntry<>("source", text("test")),
                new AbstractMap.SimpleEntry<>("none", null), new AbstractMap.SimpleEntry<>("ü", new byte[0]));
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            byte[] key = i % 3 == 0 ? null : text("key-" + i);
            byte[] value = i % 7 == 0 ? null : text("value " + "x".repeat(i % 200));
            values.add(value);
            var h = i % 5 == 0 ? headers : List.<Map.Entry<String, byte[]>>of();
            OutgoingMessage m = OutgoingMessage.of(key, value, null, h, i + 1);
            int bound = RecordBatchWriter.sizeUpperBound(m);
            assertTrue(writer.hasRoomFor(bound));
            roomFor(writer, bound);
            writer.append(1_700_000_000_000L + i * 1000L, m, bound);
        }
        ByteBuffer sealed = writer.seal(Compression.of(type).build(), 4242L, (short) 3, 17);

        MemoryRecords records = MemoryRecords.readableRecords(sealed);
        List<MutableRecordBatch> batches = new ArrayList<>();
        records.batches().forEach(batches::add);
        assertEquals(1, batches.size());
        MutableRecordBatch batch = batches.get(0);
        batch.ensureValid(); // the CRC over attributes..end
        assertEquals(RecordBatch.MAGIC_VALUE_V2, batch.magic());
        assertEquals(type, batch.compressionType());
        assertEquals(4242L, batch.producerId());
        assertEquals(3, batch.producerEpoch());
        assertEquals(17, batch.baseSequence());
        assertEquals(17 + 999, batch.lastSequence());
        assertEquals(1000, batch.countOrNull());
        assertEquals(1_700_000_000_000L + 999_000L, batch.maxTimestamp());
        assertFalse(batch.isTransactional());
        assertEquals(sealed.limit(), batch.sizeInBytes());
        int i = 0;
        for (Record r : batch) {
            assertEquals(i, r.offset());
            assertEquals(1_700_000_000_000L + i * 1000L, r.timestamp());
            if (i % 3 == 0) {
                assertNull(r.key());
            } else {
                assertEquals("key-" + i, StandardCharsets.UTF_8.decode(r.key()).toString());
            }
            if (values.get(i) == null) {
                assertNull(r.value());
            } else {
                byte[] v = new byte[r.valueSize()];
                r.value().get(v);
                assertArrayEquals(values.get(i), v);
            }
            if (i % 5 == 0) {
                assertEquals(3, r.headers().length);
                assertEquals("source", r.headers()[0].key());
                assertArrayEquals(text("test"), r.headers()[0].value());
                assertNull(r.headers()[1].value());
                assertEquals("ü", r.headers()[2].key());
                assertEquals(0, r.headers()[2].value().length);
            } else {
                assertEquals(0, r.headers().length);
            }
            i++;
        }
        assertEquals(1000, i);
    }

    @ParameterizedTest
    @EnumSource(value = CompressionType.class, names = "NONE")
    void aBatchStopsAtItsLimitButAlwaysTakesItsFirstRecord(CompressionType type) {
        RecordBatchWriter writer = new RecordBatchWriter(new byte[RecordBatchWriter.HEADER_SIZE], 1000, 0);
        byte[] big = new byte[5000];
        OutgoingMessage m = OutgoingMessage.of(null, big, null, List.of(), 1);
        int bound = RecordBatchWriter.sizeUpperBound(m);
        assertTrue(writer.hasRoomFor(bound), "an empty batch takes a record larger than batch.size");
        roomFor(writer, bound);
        writer.append(1, m, bound);
        assertFalse(writer.hasRoomFor(RecordBatchWriter.sizeUpperBound(OutgoingMessage.of(null, new byte[1], null, List.of(), 2))));
        MemoryRecords records = MemoryRecords.readableRecords(writer.seal(Compression.of(type).build(), -1, (short) -1, -1));
        var batch = records.batches().iterator().next();
        batch.ensureValid();
        assertEquals(5000, batch.iterator().next().valueSize());
        assertEquals(5000, writer.payloadBytes());
    }

    @Test
    void messagesReadAsSlicesOfTheReadBufferAreWrittenWithTheirOwnBytes() throws Exception {
        // keys and values are slices of the reader's 64 KB blocks (and of its carry across blocks)
        StringBuilder input = new StringBuilder();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String key = i % 4 == 0 ? "" : "k" + i;
            String value = "v".repeat(i % 97) + i;
            keys.add(key);
            values.add(value);
            input.append(key.isEmpty() ? "" : key + ":").append(value).append('\n');
        }
        MessageReader reader = new MessageReader(new MessageReader.Format(new byte[] {'\n'}, new byte[] {':'}, false, null, null,
                List.of(), false, false, false), w -> { });
        RecordBatchWriter writer = new RecordBatchWriter(new byte[64], 1 << 22, 0);
        reader.read(new java.io.ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "stdin", m -> {
            int bound = RecordBatchWriter.sizeUpperBound(m);
            assertTrue(writer.hasRoomFor(bound));
            roomFor(writer, bound);
            writer.append(m.line(), m, bound);
        });
        var batch = MemoryRecords.readableRecords(writer.seal(Compression.NONE, -1, (short) -1, -1)).batches().iterator().next();
        batch.ensureValid();
        int i = 0;
        for (Record r : batch) {
            assertEquals(keys.get(i).isEmpty() ? null : keys.get(i), r.key() == null ? null : StandardCharsets.UTF_8.decode(r.key()).toString());
            assertEquals(values.get(i), StandardCharsets.UTF_8.decode(r.value()).toString());
            i++;
        }
        assertEquals(3000, i);
    }
}
