package io.kzk.sandbox;

/**
 * One process of the sandbox as it was started: enough to find it again from another JVM.
 *
 * @param name   {@code broker-1}, {@code zk-1}, {@code controller-1}
 * @param id     broker id, ZooKeeper myid or controller node id
 * @param port   client port (Kafka listener, ZooKeeper client port, controller listener)
 * @param config the properties/cfg file the process was started with; identifies it among processes
 * @param pid    process id while running, 0 when stopped
 */
public record SandboxNode(String name, NodeRole role, int id, int port, String rack, String config, long pid) {
    public SandboxNode withPid(long newPid) {
        return new SandboxNode(name, role, id, port, rack, config, newPid);
    }

    public String address() {
        return "127.0.0.1:" + port;
    }
}
