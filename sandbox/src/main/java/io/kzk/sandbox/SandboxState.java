package io.kzk.sandbox;

import java.util.List;

/**
 * What {@code state.json} holds: the cluster as started, so another JVM can find its processes.
 *
 * @param quorumPorts         ZooKeeper ensemble quorum and election ports, two per server
 * @param internalReplication replication factor of Kafka's internal topics
 */
record SandboxState(String clusterId, boolean kraft, List<SandboxNode> nodes, List<Integer> quorumPorts,
                    int internalReplication) {
    SandboxState {
        nodes = List.copyOf(nodes);
        quorumPorts = List.copyOf(quorumPorts);
    }

    SandboxState withNodes(List<SandboxNode> newNodes) {
        return new SandboxState(clusterId, kraft, newNodes, quorumPorts, internalReplication);
    }
}
