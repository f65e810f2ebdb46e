package io.kzk.admin.produce;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A message to send: key and value as slices of arrays (a length of -1 is null), partition,
 * headers, and where it came from.
 *
 * <p>Read from lines, a message is a view of the reader's buffer, and the reader hands the same
 * object over again for the next message: it is valid only during the call it is given to
 * ({@link MessageSender#send}), and whoever keeps it copies what it keeps ({@link #key()},
 * {@link #value()}). Copying a million lines into a million arrays was the young collections of
 * a produce run (bench/README.md); kzk's own batches copy each slice straight into the batch.
 * Made with {@link #of} a message owns its arrays.
 */
public final class OutgoingMessage {
    private byte[] keyBytes;
    private int keyOffset;
    private int keyLength = -1;
    private byte[] valueBytes;
    private int valueOffset;
    private int valueLength = -1;
    private Integer partition;
    private List<Map.Entry<String, byte[]>> headers = List.of();
    private long line;

    /**
     * @param key       null for no key
     * @param value     null for a tombstone
     * @param partition null to let the partitioner choose
     * @param headers   in order; a header's value may be null
     * @param line      where it came from (1-based line or message number), for error messages
     */
    public static OutgoingMessage of(byte[] key, byte[] value, Integer partition, List<Map.Entry<String, byte[]>> headers, long line) {
        OutgoingMessage m = new OutgoingMessage();
        m.key(key, 0, key == null ? -1 : key.length);
        m.value(value, 0, value == null ? -1 : value.length);
        m.partition = partition;
        m.headers = List.copyOf(headers);
        m.line = line;
        return m;
    }

    OutgoingMessage() {
    }

    /** Sets the key to {@code length} bytes of {@code bytes} from {@code offset}; a length of -1 is no key. */
    void key(byte[] bytes, int offset, int length) {
        keyBytes = bytes;
        keyOffset = offset;
        keyLength = length;
    }

    /** Sets the value as {@link #key(byte[], int, int)} sets the key; a length of -1 is a tombstone. */
    void value(byte[] bytes, int offset, int length) {
        valueBytes = bytes;
        valueOffset = offset;
        valueLength = length;
    }

    /** Sets what every message of a read shares; @param headers an unmodifiable list */
    void routing(Integer partition, List<Map.Entry<String, byte[]>> headers) {
        this.partition = partition;
        this.headers = headers;
    }

    void line(long line) {
        this.line = line;
    }

    /** A copy of the key, or null. */
    public byte[] key() {
        return keyLength < 0 ? null : Arrays.copyOfRange(keyBytes, keyOffset, keyOffset + keyLength);
    }

    /** A copy of the value, or null for a tombstone. */
    public byte[] value() {
        return valueLength < 0 ? null : Arrays.copyOfRange(valueBytes, valueOffset, valueOffset + valueLength);
    }

    byte[] keyBytes() {
        return keyBytes;
    }

    int keyOffset() {
        return keyOffset;
    }

    /** -1 for no key */
    int keyLength() {
        return keyLength;
    }

    byte[] valueBytes() {
        return valueBytes;
    }

    int valueOffset() {
        return valueOffset;
    }

    /** -1 for a tombstone */
    int valueLength() {
        return valueLength;
    }

    public Integer partition() {
        return partition;
    }

    public List<Map.Entry<String, byte[]>> headers() {
        return headers;
    }

    public long line() {
        return line;
    }
}
