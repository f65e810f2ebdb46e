package io.kzk.admin.produce;

import java.util.List;
import java.util.Map;

/**
 * A message to send.
 *
 * @param key       null for no key
 * @param value     null for a tombstone
 * @param partition null to let the partitioner choose
 * @param headers   in order; a header's value may be null
 * @param line      where it came from (1-based line or message number), for error messages
 */
public record OutgoingMessage(byte[] key, byte[] value, Integer partition, List<Map.Entry<String, byte[]>> headers, long line) {
    public OutgoingMessage {
        headers = List.copyOf(headers);
    }
}
