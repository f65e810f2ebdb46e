package io.kzk.admin.topic;

import io.kzk.admin.KafkaTarget;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidMetadataException;

/**
 * Partition offsets in batched requests (one ListOffsets per kind, whatever the number of
 * partitions). A partition that cannot answer (its leader went away meanwhile) has no offset:
 * it is left out and the rest still stands. Shared by topic offsets and consumer-group lag and resets.
 */
public final class PartitionOffsetsReader {
    /** Earliest and latest offsets, by partition. */
    public record Ends(Map<TopicPartition, Long> earliest, Map<TopicPartition, Long> latest) {
    }

    private final KafkaTarget kafka;

    public PartitionOffsetsReader(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    public Ends ends(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return new Ends(new HashMap<>(), new HashMap<>());
        }
        ListOffsetsResult first = request(partitions, OffsetSpec.earliest());
        ListOffsetsResult last = request(partitions, OffsetSpec.latest());
        return new Ends(answers(first, partitions), answers(last, partitions));
    }

    /** The log-end offsets alone, in one request: what lag needs. */
    public Map<TopicPartition, Long> latest(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return new HashMap<>();
        }
        return answers(request(partitions, OffsetSpec.latest()), partitions);
    }

    /** The first offset at or after {@code timestampMs}; partitions with none after it are left out. */
    public Map<TopicPartition, Long> at(Collection<TopicPartition> partitions, long timestampMs) {
        Map<TopicPartition, Long> out = forTimestamp(partitions, timestampMs);
        out.values().removeIf(o -> o < 0);
        return out;
    }

    /** Kafka's answers for {@code timestampMs} as they come: -1 where no record is that recent; -1 and -2 ask for the ends. */
    Map<TopicPartition, Long> forTimestamp(Collection<TopicPartition> partitions, long timestampMs) {
        if (partitions.isEmpty()) {
            return new HashMap<>();
        }
        return answers(request(partitions, OffsetSpec.forTimestamp(timestampMs)), partitions);
    }

    private ListOffsetsResult request(Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return kafka.admin().listOffsets(request);
    }

    private Map<TopicPartition, Long> answers(ListOffsetsResult result, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> out = new HashMap<>();
        for (TopicPartition tp : partitions) {
            // A partition whose leader went away meanwhile (or that was deleted) is shown without
            // offsets; any other failure, "not authorized" above all, fails the whole request
            // rather than passing for a partition that has no offsets.
            kafka.awaitUnless(result.partitionResult(tp), InvalidMetadataException.class, "reading offsets of " + tp)
                    .ifPresent(info -> out.put(tp, info.offset()));
        }
        return out;
    }
}
