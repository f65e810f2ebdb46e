package io.kzk.cli.sandbox;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.sandbox.ListenerSecurity;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sandbox as shown by {@code up} and {@code status}. */
public record SandboxDocument(String directory, String clusterId, String mode, String bootstrapServers,
                          String zookeeper, List<ListenerDocument> listeners, List<NodeDocument> nodes) {
    /**
     * A secured client listener: its Kafka security protocol, SASL mechanisms and the client
     * properties files to use it with (one per mechanism; the files hold secrets, their contents are never shown).
     */
    public record ListenerDocument(String security, String protocol, List<String> mechanisms, String bootstrapServers,
                               List<String> clientConfigs) {
    }

    /** One process of the sandbox. */
    public record NodeDocument(String name, String role, int id, String address, String rack, Long pid, boolean running) {
    }

    static SandboxDocument of(Sandbox sandbox) {
        List<NodeDocument> nodes = new ArrayList<>();
        for (SandboxNode n : sandbox.nodes()) {
            boolean running = sandbox.isRunning(n.name());
            nodes.add(new NodeDocument(n.name(), n.role().name().toLowerCase(Locale.ROOT), n.id(), n.address(), n.rack(),
                    running ? n.pid() : null, running));
        }
        List<ListenerDocument> listeners = new ArrayList<>();
        for (ListenerSecurity l : sandbox.listeners()) {
            List<String> configs = l.sasl()
                    ? l.mechanisms().stream().map(m -> sandbox.clientConfig(l, m).toString()).toList()
                    : List.of(sandbox.clientConfig(l, null).toString());
            listeners.add(new ListenerDocument(l.toString(), l.protocol(), l.mechanisms(), sandbox.bootstrapServers(l), configs));
        }
        return new SandboxDocument(sandbox.directory().toString(), sandbox.clusterId(), sandbox.kraft() ? "kraft" : "zookeeper",
                sandbox.bootstrapServers(), sandbox.zookeeperConnect().orElse(null), listeners, nodes);
    }

    List<Block> blocks() {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Bootstrap servers", bootstrapServers));
        if (zookeeper != null) {
            fields.add(Field.of("ZooKeeper", zookeeper));
        }
        fields.add(Field.of("Metadata", mode));
        fields.add(Field.of("Directory", directory));
        for (ListenerDocument l : listeners) {
            fields.add(Field.of("Listener " + l.security(), l.protocol() + " " + l.bootstrapServers()
                    + ", --command-config " + String.join(" or ", l.clientConfigs())));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (NodeDocument n : nodes) {
            rows.add(List.of(Cell.of(n.name()), Cell.of(n.role()), Cell.of(n.id()), Cell.of(n.address()), Cell.of(n.rack()),
                    Cell.of(n.pid()), n.running() ? Cell.styled("running", Style.GOOD) : Cell.styled("stopped", Style.BAD)));
        }
        return List.of(new Block.Fields(null, fields),
                new Block.Table("Nodes", List.of("NODE", "ROLE", "ID", "ADDRESS", "RACK", "PID", "STATE"), rows));
    }
}
