package io.kzk.admin.produce;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.utils.ByteBufferOutputStream;
import org.apache.kafka.common.utils.Crc32C;

/**
 * One partition's record batch in Kafka's v2 format, written record by record straight into one
 * array: the 61-byte batch header, then each record as varint length, attributes, timestamp and
 * offset deltas, key, value and headers. Kafka's producer builds the same bytes through a
 * record object, a future and an accumulator append for every message; written directly they
 * cost a few varints and one copy, which is most of the gap to librdkafka (bench/README.md).
 * The header is filled in when the batch is sealed, once its producer id and sequence are known.
 */
final class RecordBatchWriter {
    static final int HEADER_SIZE = 61;
    // a record's fixed part at its largest: length, attributes, timestamp delta, offset delta,
    // key and value lengths, header count
    private static final int RECORD_OVERHEAD = 5 + 1 + 10 + 5 + 5 + 5 + 5;

    private byte[] buffer;
    private int position = HEADER_SIZE;
    private int count;
    private long baseTimestamp;
    private long maxTimestamp;
    private long payloadBytes;
    private final int limit;
    private final long createdMs;

    /**
     * @param buffer    where the batch is written, at least the header's size (grown when a record does not fit)
     * @param limit     batch.size: no record is added past it, but the batch's first record always fits
     * @param createdMs when the batch was opened, for linger.ms and delivery.timeout.ms
     */
    RecordBatchWriter(byte[] buffer, int limit, long createdMs) {
        if (buffer.length < HEADER_SIZE) {
            throw new IllegalArgumentException("a batch buffer holds at least its header: " + buffer.length + " bytes");
        }
        this.buffer = buffer;
        this.limit = limit;
        this.createdMs = createdMs;
    }

    /** The most a record takes in a batch (its exact size is at most this). */
    static int sizeUpperBound(OutgoingMessage m) {
        List<Map.Entry<String, byte[]>> headers = m.headers();
        int size = RECORD_OVERHEAD + Math.max(m.keyLength(), 0) + Math.max(m.valueLength(), 0);
        for (int i = 0; i < headers.size(); i++) { // no iterator: this runs for every message
            var h = headers.get(i);
            size += 10 + h.getKey().length() * 3 + (h.getValue() == null ? 0 : h.getValue().length);
        }
        return size;
    }

    /** Whether a record of this upper-bound size still goes into this batch. */
    boolean hasRoomFor(int sizeUpperBound) {
        return count == 0 || position + sizeUpperBound <= limit;
    }

    /** The capacity the buffer needs to take a record of this upper-bound size, or 0 when it has room. */
    int capacityFor(int sizeUpperBound) {
        return position + sizeUpperBound <= buffer.length ? 0 : Math.max(position + sizeUpperBound, Math.min(buffer.length * 2, limit));
    }

    /** How many bytes the buffer would grow by to take a record of this upper-bound size. */
    int growthFor(int sizeUpperBound) {
        int capacity = capacityFor(sizeUpperBound);
        return capacity == 0 ? 0 : capacity - buffer.length;
    }

    /** Moves the records written so far into a bigger buffer. @return the old buffer, for reuse */
    byte[] moveTo(byte[] bigger) {
        if (bigger.length < position) {
            throw new IllegalArgumentException("a batch of " + position + " bytes cannot move into " + bigger.length);
        }
        System.arraycopy(buffer, HEADER_SIZE, bigger, HEADER_SIZE, position - HEADER_SIZE);
        byte[] old = buffer;
        buffer = bigger;
        return old;
    }

    /**
     * Appends a record; the caller has checked {@link #hasRoomFor} and made the buffer big enough
     * ({@link #capacityFor}, {@link #moveTo}).
     */
    void append(long timestamp, OutgoingMessage m, int sizeUpperBound) {
        List<Map.Entry<String, byte[]>> headers = m.headers();
        if (position + sizeUpperBound > buffer.length) {
            throw new IllegalStateException("no room for a record of up to " + sizeUpperBound + " bytes: move the batch to a bigger buffer first");
        }
        if (count == 0) {
            baseTimestamp = timestamp;
        }
        maxTimestamp = Math.max(maxTimestamp, timestamp);
        long timestampDelta = timestamp - baseTimestamp;
        int keyLength = m.keyLength();
        int valueLength = m.valueLength();
        byte[][] headerNames = null;
        int bodySize = 1 + varlongSize(timestampDelta) + varintSize(count) + varintSize(keyLength) + Math.max(keyLength, 0)
                + varintSize(valueLength) + Math.max(valueLength, 0) + varintSize(headers.size());
        if (!headers.isEmpty()) {
            headerNames = new byte[headers.size()][];
            for (int i = 0; i < headerNames.length; i++) {
                var h = headers.get(i);
                headerNames[i] = h.getKey().getBytes(StandardCharsets.UTF_8);
                int headerValueLength = h.getValue() == null ? -1 : h.getValue().length;
                bodySize += varintSize(headerNames[i].length) + headerNames[i].length + varintSize(headerValueLength)
                        + Math.max(headerValueLength, 0);
            }
        }
        varint(bodySize);
        buffer[position++] = 0; // record attributes: none are defined
        varlong(timestampDelta);
        varint(count);
        bytes(m.keyBytes(), m.keyOffset(), keyLength);
        bytes(m.valueBytes(), m.valueOffset(), valueLength);
        varint(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            varint(headerNames[i].length);
            System.arraycopy(headerNames[i], 0, buffer, position, headerNames[i].length);
            position += headerNames[i].length;
            byte[] headerValue = headers.get(i).getValue();
            bytes(headerValue, 0, headerValue == null ? -1 : headerValue.length);
        }
        count++;
        payloadBytes += Math.max(keyLength, 0) + Math.max(valueLength, 0);
    }

    /**
     * This batch's records as two batches of about half of them each, for a leader that refused it
     * as too large; its own buffer is left as it was (the caller gives it back). The records are
     * rewritten with offsets and timestamps relative to their new batch; keys, values and headers
     * are copied as they are.
     *
     * @param buffers a buffer of at least the size asked for, for each half in turn
     */
    RecordBatchWriter[] split(IntFunction<byte[]> buffers) {
        if (count < 2) {
            throw new IllegalStateException("a batch of " + count + " record(s) does not split");
        }
        int firstCount = count / 2;
        RecordCursor cursor = new RecordCursor();
        for (int i = 0; i < firstCount; i++) {
            cursor.next();
        }
        int splitAt = cursor.position;
        RecordBatchWriter first = new RecordBatchWriter(buffers.apply(splitAt), limit, createdMs);
        // the second half's offset and timestamp deltas are no longer than they were, but for a clock set back
        RecordBatchWriter second = new RecordBatchWriter(buffers.apply(HEADER_SIZE + position - splitAt + (count - firstCount) * 10),
                limit, createdMs);
        cursor = new RecordCursor();
        for (int i = 0; i < count; i++) {
            cursor.next();
            (i < firstCount ? first : second).appendRecord(baseTimestamp + cursor.timestampDelta, cursor.attributes,
                    cursor.restOffset, cursor.restLength, cursor.payload, buffer);
        }
        return new RecordBatchWriter[] {first, second};
    }

    /** A record read back from the batch: attributes, timestamp delta, and what follows the offset delta. */
    private final class RecordCursor {
        int position = HEADER_SIZE;
        byte attributes;
        long timestampDelta;
        int restOffset;
        int restLength;
        int payload; // key and value bytes

        void next() {
            int bodyLength = readVarint();
            int end = position + bodyLength;
            attributes = buffer[position++];
            timestampDelta = readVarlong();
            readVarint(); // offset delta: the record's index, rewritten
            restOffset = position;
            restLength = end - position;
            int keyLength = readVarint();
            position += Math.max(keyLength, 0);
            int valueLength = readVarint();
            payload = Math.max(keyLength, 0) + Math.max(valueLength, 0);
            position = end;
        }

        private int readVarint() {
            long v = readVarlong();
            return (int) v;
        }

        private long readVarlong() {
            long raw = 0;
            int shift = 0;
            byte b;
            do {
                b = buffer[position++];
                raw |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return (raw >>> 1) ^ -(raw & 1);
        }
    }

    /** A record copied from another batch: its own timestamp, attributes and rest (key, value, headers). */
    private void appendRecord(long timestamp, byte attributes, int restOffset, int restLength, int payload, byte[] from) {
        if (count == 0) {
            baseTimestamp = timestamp;
        }
        maxTimestamp = Math.max(maxTimestamp, timestamp);
        long timestampDelta = timestamp - baseTimestamp;
        varint(1 + varlongSize(timestampDelta) + varintSize(count) + restLength);
        buffer[position++] = attributes;
        varlong(timestampDelta);
        varint(count);
        System.arraycopy(from, restOffset, buffer, position, restLength);
        position += restLength;
        count++;
        payloadBytes += payload;
    }

    int count() {
        return count;
    }

    /** The keys' and values' bytes in all, as the producer's report counts them. */
    long payloadBytes() {
        return payloadBytes;
    }

    int capacity() {
        return buffer.length;
    }

    long createdMs() {
        return createdMs;
    }

    /** The array written into, for reuse once the batch is done. */
    byte[] buffer() {
        return buffer;
    }

    /**
     * The finished batch, ready to send: records compressed when asked, the header filled in and
     * its CRC32C computed over everything from the attributes on. A retry sends these same bytes,
     * so the brokers recognise it by its sequence and keep one copy.
     */
    ByteBuffer seal(Compression compression, long producerId, short producerEpoch, int baseSequence) {
        ByteBuffer batch;
        if (compression.type() == CompressionType.NONE) {
            batch = ByteBuffer.wrap(buffer, 0, position).slice();
        } else {
            ByteBufferOutputStream out = new ByteBufferOutputStream(Math.max(HEADER_SIZE + 1024, position / 2));
            out.position(HEADER_SIZE);
            try (OutputStream compressed = compression.wrapForOutput(out, RecordBatch.MAGIC_VALUE_V2)) {
                compressed.write(buffer, HEADER_SIZE, position - HEADER_SIZE);
            } catch (IOException e) {
                throw new UncheckedIOException("compressing a record batch", e);
            }
            batch = out.buffer();
            batch.flip();
            batch = batch.slice();
        }
        int size = batch.limit();
        batch.putLong(0, 0L); // base offset: the leader assigns offsets
        batch.putInt(8, size - 12); // length of what follows the offset and this field
        batch.putInt(12, RecordBatch.NO_PARTITION_LEADER_EPOCH);
        batch.put(16, RecordBatch.MAGIC_VALUE_V2);
        batch.putShort(21, (short) compression.type().id); // CreateTime, not transactional, not control
        batch.putInt(23, count - 1); // last offset delta
        batch.putLong(27, baseTimestamp);
        batch.putLong(35, maxTimestamp);
        batch.putLong(43, producerId);
        batch.putShort(51, producerEpoch);
        batch.putInt(53, baseSequence);
        batch.putInt(57, count);
        batch.putInt(17, (int) Crc32C.compute(batch, 21, size - 21));
        return batch;
    }

    /** length bytes of b from offset, after their length; a length of -1 is null. */
    private void bytes(byte[] b, int offset, int length) {
        varint(length);
        if (length > 0) {
            System.arraycopy(b, offset, buffer, position, length);
            position += length;
        }
    }

    private void varint(int value) {
        int v = (value << 1) ^ (value >> 31);
        while ((v & 0xFFFFFF80) != 0) {
            buffer[position++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[position++] = (byte) v;
    }

    private void varlong(long value) {
        long v = (value << 1) ^ (value >> 63);
        while ((v & 0xFFFFFFFFFFFFFF80L) != 0L) {
            buffer[position++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[position++] = (byte) v;
    }

    private static int varintSize(int value) {
        int v = (value << 1) ^ (value >> 31);
        int bytes = 1;
        while ((v & 0xFFFFFF80) != 0) {
            bytes++;
            v >>>= 7;
        }
        return bytes;
    }

    private static int varlongSize(long value) {
        long v = (value << 1) ^ (value >> 63);
        int bytes = 1;
        while ((v & 0xFFFFFFFFFFFFFF80L) != 0L) {
            bytes++;
            v >>>= 7;
        }
        return bytes;
    }
}
