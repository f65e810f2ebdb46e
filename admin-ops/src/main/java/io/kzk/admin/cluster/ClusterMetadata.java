package io.kzk.admin.cluster;

import io.kzk.admin.topic.PartitionState;
import java.util.List;

/**
 * What a metadata request answers, as kcat -L lists it: the brokers, the controller, and each
 * topic's partitions with leader, replicas and ISR.
 *
 * @param controllerId null when the cluster names no controller
 * @param topics       by name; a topic asked for by name that the cluster does not have is listed
 *                     without partitions, instead of failing the listing
 */
public record ClusterMetadata(Integer controllerId, List<BrokerInfo> brokers, List<ListedTopic> topics) {
    public ClusterMetadata {
        brokers = List.copyOf(brokers);
        topics = List.copyOf(topics);
    }

    /** A topic and its partitions in partition order. */
    public record ListedTopic(String name, Status status, List<PartitionState> partitions) {
        public ListedTopic {
            partitions = List.copyOf(partitions);
        }
    }

    /** Whether a topic was there when asked. */
    public enum Status {
        EXISTING,
        /** Asked for by name; the cluster has no such topic. */
        UNKNOWN,
        /** Asked for by name and missing; created by this listing, as brokers that auto-create topics do for a producer's request: no leader yet. */
        CREATED
    }
}
