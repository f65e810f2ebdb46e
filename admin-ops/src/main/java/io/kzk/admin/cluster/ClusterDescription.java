package io.kzk.admin.cluster;

import java.util.List;

/**
 * The cluster as its brokers describe it.
 *
 * @param controllerId     the active controller's id; in KRaft mode brokers report one of themselves
 *                         here, as the protocol asks; null when there is none
 * @param zookeeperConnect the brokers' {@code zookeeper.connect}, null in KRaft mode or when unreadable
 * @param metadataQuorum   in KRaft mode, the quorum and its leader (the real active controller); null otherwise
 * @param warnings         what the brokers refused to say (broker configs, the quorum), so that a
 *                         field left unknown is never mistaken for a complete answer; empty when complete
 */
public record ClusterDescription(String clusterId, Integer controllerId, MetadataMode metadataMode,
                                 List<BrokerInfo> brokers, String zookeeperConnect, MetadataQuorum metadataQuorum,
                                 List<String> warnings) {
    public ClusterDescription {
        brokers = List.copyOf(brokers);
        warnings = List.copyOf(warnings);
    }
}
