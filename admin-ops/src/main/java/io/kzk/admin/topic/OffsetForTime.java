package io.kzk.admin.topic;

/**
 * The answer to "which offset has partition P of T at time TS" (kcat -Q).
 *
 * @param timestamp epoch milliseconds, or Kafka's special times -1 (the end) and -2 (the start)
 * @param offset    the first offset whose record is at or after {@code timestamp} (the end for -1,
 *                  the start for -2); -1 when no record is that recent, as Kafka answers; null when
 *                  the cluster has no such topic or partition
 */
public record OffsetForTime(String topic, int partition, long timestamp, Long offset) {
    /** Which partition, at which time. */
    public record Question(String topic, int partition, long timestamp) {
    }

    public boolean known() {
        return offset != null;
    }
}
