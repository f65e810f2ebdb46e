package io.kzk.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Plans ports and ids and writes each process's configuration. Pure: no processes, no I/O. */
final class SandboxLayout {
    /** KRaft controller node ids sit apart from broker ids 1..9. */
    static final int CONTROLLER_ID = 1000;

    static final String LOG4J = """
            log4j.rootLogger=WARN, stdout
            log4j.appender.stdout=org.apache.log4j.ConsoleAppender
            log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
            log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
            log4j.logger.kafka=WARN
            log4j.logger.org.apache.zookeeper=WARN
            log4j.logger.state.change.logger=WARN
            """;

    private SandboxLayout() {
    }

    static SandboxState plan(SandboxSpec spec, Path dir, String clusterId) {
        int metadataNodes = spec.kraft() ? 1 : spec.zookeepers();
        // ZooKeeper ensembles need a quorum and an election port per node besides the client port.
        int extraPorts = spec.kraft() || spec.zookeepers() == 1 ? 0 : 2 * spec.zookeepers();
        List<Integer> ports = Sandbox.freePorts(metadataNodes + spec.brokers() + extraPorts);
        List<SandboxNode> nodes = new ArrayList<>();
        NodeRole metadataRole = spec.kraft() ? NodeRole.KRAFT_CONTROLLER : NodeRole.ZOOKEEPER;
        for (int i = 1; i <= metadataNodes; i++) {
            String name = metadataRole.prefix() + "-" + i;
            int id = spec.kraft() ? CONTROLLER_ID + i - 1 : i;
            String config = dir.resolve(name).resolve(spec.kraft() ? "server.properties" : "zk.cfg").toString();
            nodes.add(new SandboxNode(name, metadataRole, id, ports.get(i - 1), null, config, 0));
        }
        for (int i = 1; i <= spec.brokers(); i++) {
            String name = NodeRole.BROKER.prefix() + "-" + i;
            String rack = spec.racks().isEmpty() ? null : spec.racks().get((i - 1) % spec.racks().size());
            String config = dir.resolve(name).resolve("server.properties").toString();
            nodes.add(new SandboxNode(name, NodeRole.BROKER, i, ports.get(metadataNodes + i - 1), rack, config, 0));
        }
        List<Integer> quorumPorts = ports.subList(metadataNodes + spec.brokers(), ports.size());
        return new SandboxState(clusterId, spec.kraft(), nodes, List.copyOf(quorumPorts), spec.internalReplication());
    }

    static String config(SandboxState state, SandboxNode node, Path dir) {
        Path home = Path.of(node.config()).getParent();
        return switch (node.role()) {
            case ZOOKEEPER -> zookeeper(state, node, home);
            case KRAFT_CONTROLLER -> kraftController(state, node, home);
            case BROKER -> broker(state, node, home);
        };
    }

    private static String zookeeper(SandboxState state, SandboxNode node, Path home) {
        StringBuilder cfg = new StringBuilder();
        cfg.append("tickTime=1000\ninitLimit=10\nsyncLimit=5\n")
                .append("dataDir=").append(home.resolve("data")).append('\n')
                .append("clientPort=").append(node.port()).append('\n')
                .append("clientPortAddress=127.0.0.1\n")
                .append("maxClientCnxns=0\n")
                .append("admin.enableServer=false\n")
                .append("4lw.commands.whitelist=*\n");
        List<SandboxNode> zks = state.nodes().stream().filter(n -> n.role() == NodeRole.ZOOKEEPER).toList();
        if (zks.size() > 1) {
            for (int i = 0; i < zks.size(); i++) {
                cfg.append("server.").append(zks.get(i).id()).append("=127.0.0.1:")
                        .append(state.quorumPorts().get(2 * i)).append(':')
                        .append(state.quorumPorts().get(2 * i + 1)).append('\n');
            }
        }
        return cfg.toString();
    }

    private static String kraftController(SandboxState state, SandboxNode node, Path home) {
        return "process.roles=controller\n"
                + "node.id=" + node.id() + "\n"
                + "controller.quorum.voters=" + voters(state) + "\n"
                + "listeners=CONTROLLER://127.0.0.1:" + node.port() + "\n"
                + "controller.listener.names=CONTROLLER\n"
                + "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\n"
                + "log.dirs=" + home.resolve("data") + "\n"
                + "num.network.threads=2\nnum.io.threads=2\n";
    }

    private static String broker(SandboxState state, SandboxNode node, Path home) {
        StringBuilder props = new StringBuilder();
        if (state.kraft()) {
            props.append("process.roles=broker\n")
                    .append("node.id=").append(node.id()).append('\n')
                    .append("controller.quorum.voters=").append(voters(state)).append('\n')
                    .append("controller.listener.names=CONTROLLER\n")
                    .append("listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\n")
                    .append("inter.broker.listener.name=PLAINTEXT\n");
        } else {
            String zk = state.nodes().stream().filter(n -> n.role() == NodeRole.ZOOKEEPER)
                    .map(SandboxNode::address).collect(Collectors.joining(","));
            props.append("broker.id=").append(node.id()).append('\n')
                    .append("zookeeper.connect=").append(zk).append(Sandbox.CHROOT).append('\n')
                    // Short enough that a killed broker's registration expires quickly in fault tests.
                    .append("zookeeper.session.timeout.ms=6000\n");
        }
        int rf = state.internalReplication();
        props.append("listeners=PLAINTEXT://127.0.0.1:").append(node.port()).append('\n')
                .append("advertised.listeners=PLAINTEXT://127.0.0.1:").append(node.port()).append('\n')
                .append("log.dirs=").append(home.resolve("data")).append('\n')
                .append("offsets.topic.replication.factor=").append(rf).append('\n')
                .append("offsets.topic.num.partitions=10\n")
                .append("transaction.state.log.replication.factor=").append(rf).append('\n')
                .append("transaction.state.log.min.isr=").append(Math.min(2, rf)).append('\n')
                .append("transaction.state.log.num.partitions=10\n")
                .append("group.initial.rebalance.delay.ms=0\n")
                // Leaders stay where a restart left them until someone runs 'kzk elect preferred':
                // the controller's own rebalance, every 5 minutes, would undo it unasked, mid-test.
                .append("auto.leader.rebalance.enable=false\n")
                // Two cores: fewer threads than Kafka's defaults, and a small cleaner buffer for a small heap.
                .append("num.network.threads=2\nnum.io.threads=4\nbackground.threads=4\n")
                .append("log.cleaner.dedupe.buffer.size=16777216\n");
        if (node.rack() != null) {
            props.append("broker.rack=").append(node.rack()).append('\n');
        }
        return props.toString();
    }

    private static String voters(SandboxState state) {
        return state.nodes().stream().filter(n -> n.role() == NodeRole.KRAFT_CONTROLLER)
                .map(n -> n.id() + "@127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }
}
