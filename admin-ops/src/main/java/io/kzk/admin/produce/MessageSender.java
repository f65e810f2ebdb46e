package io.kzk.admin.produce;

import io.kzk.common.KzkException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.Map;

/**
 * Sends messages to one topic and counts, from the brokers' acknowledgements, what arrived: a
 * message counts as sent only once acknowledged, so the totals are never better than the truth.
 * The topic and any fixed partition are checked before the first message goes.
 */
public interface MessageSender {
    /** What a produce did. */
    record Result(long sent, long acknowledged, long failed, String firstError, long bytes, Duration elapsed) {
        public boolean complete() {
            return failed == 0 && acknowledged == sent;
        }
    }

    /** The topic's partitions when the produce started. */
    int partitions();

    /** Hands a message over for sending, blocking while the buffer is full; a message for a partition the topic lacks is refused. */
    void send(OutgoingMessage m);

    /** Waits until every message sent is acknowledged or has failed. */
    Result finish();

    /** Where things stand now. */
    Result progress();

    /** -H name=value as a header. */
    static Map.Entry<String, byte[]> header(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw KzkException.invalidInput("invalid header '" + spec + "': use -H name=value");
        }
        return new AbstractMap.SimpleEntry<>(spec.substring(0, eq), spec.substring(eq + 1).getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses a message for a partition the topic does not have, saying how many were sent before it. */
    static void checkPartition(OutgoingMessage m, String topic, int partitions, long sentBefore) {
        if (m.partition() != null && m.partition() >= partitions) {
            throw KzkException.invalidInput("partition " + m.partition() + " of '" + topic + "' does not exist (it has "
                    + partitions + ": 0.." + (partitions - 1) + ")" + (sentBefore > 0 ? " at message " + m.line() + "; the "
                    + sentBefore + " before it were sent" : ""));
        }
    }
}
