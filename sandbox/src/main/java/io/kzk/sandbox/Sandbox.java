package io.kzk.sandbox;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real local Kafka cluster: ZooKeeper (standalone or a 3-node ensemble) or a KRaft controller,
 * and brokers, each its own JVM process on 127.0.0.1, from the jars of {@link SandboxRuntime}.
 * A secured one ({@link SandboxSpec#security()}) adds SASL and TLS client listeners, with users,
 * certificates and client properties files of its own making.
 *
 * <p>Its state (ports, pids, config files) is written to {@code state.json} in the sandbox
 * folder so that another JVM, such as the next {@code kzk} command, can {@link #attach} to it,
 * stop single nodes for fault tests and take it {@link #down()}.
 */
public final class Sandbox implements AutoCloseable {
    /** Kafka's znodes live under this chroot, as in most production set-ups. */
    public static final String CHROOT = "/kafka";

    private final SandboxState state;
    private final Path directory;
    private final SandboxRuntime runtime;
    private final List<SandboxNode> nodes;
    private final NodeProcesses processes;
    private final Readiness readiness;
    /** A secured sandbox's secrets: the ones start made, or read from secrets.properties when first asked for. */
    private SandboxCredentials credentials;

    private Sandbox(SandboxState state, Path directory, SandboxRuntime runtime, SandboxCredentials credentials) {
        this.state = state;
        this.directory = directory;
        this.runtime = runtime;
        this.credentials = credentials;
        this.nodes = new ArrayList<>(state.nodes());
        this.processes = new NodeProcesses(directory);
        this.readiness = new Readiness(directory, this::checkAlive);
    }

    /** Starts a cluster and waits until every broker is registered and serving. */
    public static Sandbox start(SandboxSpec spec) {
        return start(spec, SandboxRuntime.locate());
    }

    public static Sandbox start(SandboxSpec spec, SandboxRuntime runtime) {
        Path dir = spec.directory().toAbsolutePath().normalize();
        if (SandboxStateFile.exists(dir)) {
            throw new KzkException(FailureKind.CONFLICT, "a sandbox already lives in " + dir
                    + ": take it down first ('kzk sandbox down')");
        }
        SandboxFiles.createDirectories(dir.resolve("logs"));
        // A KRaft cluster's id is chosen here and formatted into its storage; ZooKeeper-mode Kafka picks its own.
        SandboxState planned = SandboxLayout.plan(spec, dir, spec.kraft() ? Uuid.randomUuid().toString() : null,
                LoopbackPorts.free(SandboxLayout.portsNeeded(spec)));
        SandboxCredentials credentials = spec.secured() ? SandboxCredentials.generate() : null;
        Sandbox sandbox = new Sandbox(planned, dir, runtime, credentials);
        try {
            if (credentials != null) {
                credentials.write(dir);
                if (spec.security().stream().anyMatch(ListenerSecurity::tls)) {
                    SandboxCertificates.create(dir.resolve(SandboxLayout.TLS_FOLDER),
                            runtime.java().getParent().getParent(), credentials.storePassword());
                }
            }
            sandbox.writeConfigs(credentials);
            sandbox.launch(credentials);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.down();
            throw e;
        }
    }

    /** The sandbox whose state is in {@code directory}, if one was started there. */
    public static Optional<Sandbox> attach(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        return SandboxStateFile.read(dir).map(state -> new Sandbox(state, dir, null, null));
    }

    public boolean kraft() {
        return state.kraft();
    }

    /** The KRaft cluster id; null in ZooKeeper mode, where Kafka chooses the id itself on first start. */
    public String clusterId() {
        return state.clusterId();
    }

    public Path directory() {
        return directory;
    }

    /** The secured client listeners, in the order asked for; empty for a PLAINTEXT-only sandbox. */
    public List<ListenerSecurity> listeners() {
        return state.listeners();
    }

    /**
     * Where clients connect: the first secured listener of a secured sandbox (use it with
     * {@link #clientConfig()}), else the PLAINTEXT one.
     */
    public String bootstrapServers() {
        return state.secured() ? bootstrapServers(state.listeners().get(0)) : plaintextBootstrapServers();
    }

    /** The brokers' secured listener {@code listener}. */
    public String bootstrapServers(ListenerSecurity listener) {
        if (!state.listeners().contains(listener)) {
            throw KzkException.notFound("the sandbox has no " + listener + " listener; it has "
                    + (state.secured() ? state.listeners().stream().map(ListenerSecurity::toString).collect(Collectors.joining(", "))
                    : "PLAINTEXT only"));
        }
        return nodes(NodeRole.BROKER).stream().map(b -> b.address(listener.listenerName())).collect(Collectors.joining(","));
    }

    /** The brokers' PLAINTEXT listener: inter-broker traffic, and every client of an unsecured sandbox. */
    public String plaintextBootstrapServers() {
        return nodes(NodeRole.BROKER).stream().map(SandboxNode::address).collect(Collectors.joining(","));
    }

    /** The client properties file for {@link #bootstrapServers()}: its first listener's, with its first mechanism. */
    public Optional<Path> clientConfig() {
        if (!state.secured()) {
            return Optional.empty();
        }
        ListenerSecurity first = state.listeners().get(0);
        return Optional.of(clientConfig(first, first.sasl() ? first.mechanisms().get(0) : null));
    }

    /**
     * The Kafka client properties file (security.protocol, sasl.*, ssl.*) for a listener, logging in
     * with {@code mechanism} on a SASL listener (null on a TLS-only one).
     */
    public Path clientConfig(ListenerSecurity listener, String mechanism) {
        bootstrapServers(listener);
        if (listener.sasl() ? !listener.mechanisms().contains(mechanism) : mechanism != null) {
            throw KzkException.invalidInput("the sandbox's " + listener + " listener takes "
                    + (listener.sasl() ? String.join(" or ", listener.mechanisms()) : "no SASL mechanism") + ", not " + mechanism);
        }
        return SandboxLayout.clientConfig(directory, listener, mechanism);
    }

    /** A secured sandbox's users and passwords. */
    public synchronized Optional<SandboxCredentials> credentials() {
        if (!state.secured()) {
            return Optional.empty();
        }
        if (credentials == null) {
            credentials = SandboxCredentials.read(directory);
        }
        return Optional.of(credentials);
    }

    /** The ZooKeeper connect string with Kafka's chroot, or empty in KRaft mode. */
    public Optional<String> zookeeperConnect() {
        List<SandboxNode> zks = nodes(NodeRole.ZOOKEEPER);
        if (zks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(zks.stream().map(SandboxNode::address).collect(Collectors.joining(",")) + CHROOT);
    }

    /** What --zk-auth takes to read and write every znode of a secured sandbox's ZooKeeper (its digest superuser). */
    public Optional<String> zookeeperAuth() {
        return state.secured() && !state.kraft() ? credentials().map(SandboxCredentials::zkAuth) : Optional.empty();
    }

    public synchronized List<SandboxNode> nodes() {
        return List.copyOf(nodes);
    }

    public List<SandboxNode> nodes(NodeRole role) {
        return nodes().stream().filter(n -> n.role() == role).toList();
    }

    public SandboxNode node(String name) {
        return nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> KzkException.notFound("no sandbox node '" + name + "': the nodes are "
                        + nodes().stream().map(SandboxNode::name).collect(Collectors.joining(", "))));
    }

    public SandboxNode broker(int id) {
        return node(NodeRole.BROKER.prefix() + "-" + id);
    }

    /** Whether the node's process is alive (and is still the process that was started for it). */
    public boolean isRunning(String name) {
        return processes.find(node(name)).isPresent();
    }

    /** Stops a node gracefully (SIGTERM; a broker does a controlled shutdown). */
    public void stop(String name) {
        SandboxNode node = node(name);
        processes.find(node).ifPresent(p -> NodeProcesses.terminate(p, false));
        replace(node.withPid(0));
    }

    /** Kills a node at once (SIGKILL), as a crash would. */
    public void kill(String name) {
        SandboxNode node = node(name);
        processes.find(node).ifPresent(p -> NodeProcesses.terminate(p, true));
        replace(node.withPid(0));
    }

    /**
     * Starts a stopped node with its previous configuration and port, and waits until it serves.
     * A ZooKeeper-mode broker that was killed must wait for its old session to expire before it
     * can register again; this waits for that too.
     */
    public void restart(String name) {
        SandboxNode node = node(name);
        if (processes.find(node).isPresent()) {
            return;
        }
        SandboxRuntime rt = runtime();
        if (node.role() == NodeRole.BROKER && !kraft()) {
            readiness.awaitBrokerDeregistered(node.id(), () -> nodes(NodeRole.ZOOKEEPER).stream()
                    .filter(zk -> processes.find(zk).isPresent()).toList());
        }
        SandboxNode started = node.withPid(processes.spawn(rt, node));
        replace(started);
        switch (node.role()) {
            case ZOOKEEPER -> readiness.awaitZookeeper(List.of(started));
            case KRAFT_CONTROLLER -> readiness.awaitPort(started);
            case BROKER -> awaitBrokers();
        }
    }

    /** Stops every process (brokers first: they hang in shutdown without their metadata quorum) and deletes the folder. */
    public synchronized void down() {
        for (NodeRole role : List.of(NodeRole.BROKER, NodeRole.KRAFT_CONTROLLER, NodeRole.ZOOKEEPER)) {
            List<ProcessHandle> running = nodes(role).stream().map(processes::find)
                    .flatMap(Optional::stream).toList();
            running.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : running) {
                NodeProcesses.awaitExit(p, NodeProcesses.STOP_TIMEOUT);
            }
        }
        SandboxFiles.deleteRecursively(directory);
    }

    @Override
    public void close() {
        down();
    }

    /** Waits until every running broker is registered and serving (on the PLAINTEXT listener). */
    public void awaitBrokers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintextBootstrapServers());
        readiness.awaitBrokers(runningBrokers(), props, "PLAINTEXT");
    }

    private Set<Integer> runningBrokers() {
        return nodes(NodeRole.BROKER).stream().filter(n -> n.pid() != 0).map(SandboxNode::id).collect(Collectors.toSet());
    }

    // ---- starting ------------------------------------------------------------------------------

    private SandboxRuntime runtime() {
        return runtime != null ? runtime : SandboxRuntime.locate();
    }

    private void writeConfigs(SandboxCredentials credentials) {
        for (SandboxNode node : nodes) {
            Path config = Path.of(node.config());
            SandboxFiles.createDirectories(config.getParent());
            String text = SandboxLayout.config(state, node, directory, credentials);
            if (credentials != null) {
                SandboxFiles.writePrivate(config, text); // key store and PLAIN passwords
            } else {
                SandboxFiles.writeString(config, text);
            }
            String jaas = SandboxLayout.jaas(state, node, credentials);
            if (jaas != null) {
                SandboxFiles.writePrivate(config.resolveSibling(SandboxLayout.JAAS_FILE), jaas);
            }
            if (node.role() == NodeRole.ZOOKEEPER) {
                Path data = config.getParent().resolve("data");
                SandboxFiles.createDirectories(data);
                SandboxFiles.writeString(data.resolve("myid"), node.id() + "\n");
            }
        }
        if (credentials != null) {
            SecuredListeners.writeClientConfigs(directory, state, credentials);
        }
        SandboxFiles.writeString(directory.resolve("log4j.properties"), SandboxLayout.LOG4J);
    }

    private void launch(SandboxCredentials credentials) {
        SandboxRuntime rt = runtime();
        if (kraft()) {
            KraftStorage.format(rt, directory, state.clusterId(), nodes());
            startAll(rt, NodeRole.KRAFT_CONTROLLER);
            nodes(NodeRole.KRAFT_CONTROLLER).forEach(readiness::awaitPort);
        } else {
            startAll(rt, NodeRole.ZOOKEEPER);
            readiness.awaitZookeeper(nodes(NodeRole.ZOOKEEPER));
        }
        startAll(rt, NodeRole.BROKER);
        saveState();
        awaitBrokers();
        if (credentials != null) {
            SecuredListeners.createScramUser(state, plaintextBootstrapServers(), credentials);
            SecuredListeners.awaitServing(this, readiness, runningBrokers());
        }
    }

    private void startAll(SandboxRuntime rt, NodeRole role) {
        for (SandboxNode node : nodes(role)) {
            replace(node.withPid(processes.spawn(rt, node)));
        }
        saveState();
    }

    /** Fails fast, naming the log, when a process of the role died while we wait for it. */
    private void checkAlive(NodeRole role) {
        for (SandboxNode node : nodes(role)) {
            if (node.pid() != 0 && processes.find(node).isEmpty()) {
                throw KzkException.failed(node.name() + " exited during start-up: " + processes.lastLogLine(node), null);
            }
        }
    }

    // ---- state -----------------------------------------------------------------------------------

    private synchronized void replace(SandboxNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(node.name())) {
                nodes.set(i, node);
            }
        }
        saveState();
    }

    private synchronized void saveState() {
        SandboxStateFile.write(directory, state.withNodes(nodes));
    }
}
