package io.kzk.admin.topic;

import io.kzk.admin.config.ConfigValue;
import java.util.List;

/**
 * A topic in full.
 *
 * @param configs    the configs whose value is not the default, with their source
 * @param minIsr     the effective min.insync.replicas
 * @param partitions the partitions that passed the describe's filters (all without filters)
 */
public record TopicDetails(String name, String topicId, boolean internal, int partitionCount, int replicationFactor,
                           int minIsr, List<ConfigValue> configs, List<PartitionDetails> partitions) {
    public TopicDetails {
        configs = List.copyOf(configs);
        partitions = List.copyOf(partitions);
    }
}
