package io.kzk.sandbox;

import java.util.List;

/**
 * What {@code state.json} holds: the cluster as started, so another JVM can find its processes.
 *
 * @param quorumPorts         ZooKeeper ensemble quorum and election ports, two per server
 * @param internalReplication replication factor of Kafka's internal topics
 * @param listeners           the secured client listeners, in the order asked for; empty when there are none
 */
record SandboxState(String clusterId, boolean kraft, List<SandboxNode> nodes, List<Integer> quorumPorts,
                    int internalReplication, List<ListenerSecurity> listeners) {
    SandboxState {
        nodes = List.copyOf(nodes);
        quorumPorts = List.copyOf(quorumPorts);
        listeners = listeners == null ? List.of() : List.copyOf(listeners); // absent in a state file of an older kzk
    }

    SandboxState withNodes(List<SandboxNode> newNodes) {
        return new SandboxState(clusterId, kraft, newNodes, quorumPorts, internalReplication, listeners);
    }

    boolean secured() {
        return !listeners.isEmpty();
    }
}
