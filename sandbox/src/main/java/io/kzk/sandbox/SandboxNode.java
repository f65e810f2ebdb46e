package io.kzk.sandbox;

import java.util.Map;

/**
 * One process of the sandbox as it was started: enough to find it again from another JVM.
 *
 * @param name   {@code broker-1}, {@code zk-1}, {@code controller-1}
 * @param id     broker id, ZooKeeper myid or controller node id
 * @param port   client port (Kafka listener, ZooKeeper client port, controller listener)
 * @param config the properties/cfg file the process was started with; identifies it among processes
 * @param pid    process id while running, 0 when stopped
 * @param listenerPorts a broker's secured client listeners' ports, by Kafka listener name; {@code port} is its
 *               PLAINTEXT listener
 */
public record SandboxNode(String name, NodeRole role, int id, int port, String rack, String config, long pid,
                          Map<String, Integer> listenerPorts) {
    public SandboxNode {
        listenerPorts = listenerPorts == null ? Map.of() : Map.copyOf(listenerPorts);
    }

    public SandboxNode(String name, NodeRole role, int id, int port, String rack, String config, long pid) {
        this(name, role, id, port, rack, config, pid, Map.of());
    }

    public SandboxNode withPid(long newPid) {
        return new SandboxNode(name, role, id, port, rack, config, newPid, listenerPorts);
    }

    /** The address of the broker's listener {@code listenerName}, or its PLAINTEXT one for null. */
    public String address(String listenerName) {
        return listenerName == null ? address() : "127.0.0.1:" + listenerPorts.get(listenerName);
    }

    public String address() {
        return "127.0.0.1:" + port;
    }
}
