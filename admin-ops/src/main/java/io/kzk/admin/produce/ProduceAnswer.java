package io.kzk.admin.produce;

import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.protocol.Errors;

/**
 * What kzk's producer does with a partition's answer to a produce request: one decision for each
 * of Kafka's error codes, apart from the partition's state ({@link PartitionBatches} keeps that).
 */
enum ProduceAnswer {
    /** The leader wrote the batch, or had it already from an earlier attempt. */
    WRITTEN,
    /** Refused for now (no leader, not enough replicas, out of order behind a batch sent again): send it again. */
    RETRY,
    /** Refused as too large, unwritten: split in two when it holds several records, else it fails alone. */
    TOO_LARGE,
    /** Refused for its records, unwritten (an invalid record or timestamp): it fails alone. */
    INVALID,
    /** Refused for the whole producer (not authorized): nothing more can be sent. */
    FATAL,
    /** Anything else: whether it was written is not known, and the partition's later sequences cannot follow. */
    FAILED;

    // Refused by the leader's checks before anything is appended (Kafka's LogValidator and size checks).
    private static final Set<Errors> INVALID_RECORDS = EnumSet.of(Errors.INVALID_RECORD, Errors.INVALID_TIMESTAMP,
            Errors.UNSUPPORTED_FOR_MESSAGE_FORMAT);
    private static final Set<Errors> FOR_EVERYTHING = EnumSet.of(Errors.TOPIC_AUTHORIZATION_FAILED,
            Errors.CLUSTER_AUTHORIZATION_FAILED, Errors.INVALID_REQUIRED_ACKS, Errors.UNSUPPORTED_VERSION);

    /**
     * @param behindGap a batch before this one is to be sent again, or was refused unwritten: an
     *                  out-of-order answer is then for that gap, and this one follows it
     */
    static ProduceAnswer of(Errors error, boolean behindGap) {
        if (error == Errors.NONE || error == Errors.DUPLICATE_SEQUENCE_NUMBER) {
            return WRITTEN;
        }
        if (error == Errors.MESSAGE_TOO_LARGE || error == Errors.RECORD_LIST_TOO_LARGE) {
            return TOO_LARGE;
        }
        if (INVALID_RECORDS.contains(error)) {
            return INVALID;
        }
        if (FOR_EVERYTHING.contains(error)) {
            return FATAL;
        }
        if (error.exception() instanceof RetriableException || (error == Errors.OUT_OF_ORDER_SEQUENCE_NUMBER && behindGap)) {
            return RETRY;
        }
        return FAILED;
    }
}
