package io.kzk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.zookeeper.client.FourLetterWordMain;

/**
 * A real local Kafka cluster: ZooKeeper (standalone or a 3-node ensemble) or a KRaft controller,
 * and brokers, each its own JVM process on 127.0.0.1, from the jars of {@link SandboxRuntime}.
 *
 * <p>Its state (ports, pids, config files) is written to {@code state.json} in the sandbox
 * folder so that another JVM, such as the next {@code kzk} command, can {@link #attach} to it,
 * stop single nodes for fault tests and take it {@link #down()}.
 */
public final class Sandbox implements AutoCloseable {
    /** Kafka's znodes live under this chroot, as in most production set-ups. */
    public static final String CHROOT = "/kafka";
    private static final String STATE_FILE = "state.json";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SandboxState state;
    private final Path directory;
    private final SandboxRuntime runtime;
    private final List<SandboxNode> nodes;
    /** Processes this JVM started, by pid: known to be ours even before they have exec'd into java. */
    private final Map<Long, ProcessHandle> spawned = new ConcurrentHashMap<>();

    private Sandbox(SandboxState state, Path directory, SandboxRuntime runtime) {
        this.state = state;
        this.directory = directory;
        this.runtime = runtime;
        this.nodes = new ArrayList<>(state.nodes());
    }

    /** Starts a cluster and waits until every broker is registered and serving. */
    public static Sandbox start(SandboxSpec spec) {
        return start(spec, SandboxRuntime.locate());
    }

    public static Sandbox start(SandboxSpec spec, SandboxRuntime runtime) {
        Path dir = spec.directory().toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(STATE_FILE))) {
            throw new KzkException(FailureKind.CONFLICT, "a sandbox already lives in " + dir
                    + ": take it down first ('kzk sandbox down')");
        }
        createDirectories(dir.resolve("logs"));
        // A KRaft cluster's id is chosen here and formatted into its storage; ZooKeeper-mode Kafka picks its own.
        SandboxState planned = SandboxLayout.plan(spec, dir, spec.kraft() ? Uuid.randomUuid().toString() : null);
        Sandbox sandbox = new Sandbox(planned, dir, runtime);
        try {
            sandbox.writeConfigs();
            sandbox.launch();
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.down();
            throw e;
        }
    }

    /** The sandbox whose state is in {@code directory}, if one was started there. */
    public static Optional<Sandbox> attach(Path directory) {
        Path file = directory.resolve(STATE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SandboxState state = JSON.readValue(file.toFile(), SandboxState.class);
            return Optional.of(new Sandbox(state, directory.toAbsolutePath().normalize(), null));
        } catch (IOException e) {
            throw KzkException.failed("cannot read the sandbox state " + file + ": " + e.getMessage(), e);
        }
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

    public String bootstrapServers() {
        return nodes(NodeRole.BROKER).stream().map(SandboxNode::address).collect(Collectors.joining(","));
    }

    /** The ZooKeeper connect string with Kafka's chroot, or empty in KRaft mode. */
    public Optional<String> zookeeperConnect() {
        List<SandboxNode> zks = nodes(NodeRole.ZOOKEEPER);
        if (zks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(zks.stream().map(SandboxNode::address).collect(Collectors.joining(",")) + CHROOT);
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
        return process(node(name)).isPresent();
    }

    /** Stops a node gracefully (SIGTERM; a broker does a controlled shutdown). */
    public void stop(String name) {
        SandboxNode node = node(name);
        process(node).ifPresent(p -> terminate(p, false));
        replace(node.withPid(0));
    }

    /** Kills a node at once (SIGKILL), as a crash would. */
    public void kill(String name) {
        SandboxNode node = node(name);
        process(node).ifPresent(p -> terminate(p, true));
        replace(node.withPid(0));
    }

    /**
     * Starts a stopped node with its previous configuration and port, and waits until it serves.
     * A ZooKeeper-mode broker that was killed must wait for its old session to expire before it
     * can register again; this waits for that too.
     */
    public void restart(String name) {
        SandboxNode node = node(name);
        if (process(node).isPresent()) {
            return;
        }
        SandboxRuntime rt = runtime();
        if (node.role() == NodeRole.BROKER && !kraft()) {
            awaitBrokerDeregistered(node.id());
        }
        SandboxNode started = node.withPid(spawn(rt, node));
        replace(started);
        switch (node.role()) {
            case ZOOKEEPER -> awaitZookeeper(List.of(started));
            case KRAFT_CONTROLLER -> awaitPort(started);
            case BROKER -> awaitBrokers();
        }
    }

    /** Stops every process (brokers first: they hang in shutdown without their metadata quorum) and deletes the folder. */
    public synchronized void down() {
        for (NodeRole role : List.of(NodeRole.BROKER, NodeRole.KRAFT_CONTROLLER, NodeRole.ZOOKEEPER)) {
            List<ProcessHandle> running = nodes(role).stream().map(this::process)
                    .flatMap(Optional::stream).toList();
            running.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : running) {
                awaitExit(p, STOP_TIMEOUT);
            }
        }
        deleteRecursively(directory);
    }

    @Override
    public void close() {
        down();
    }

    /** Waits until every running broker is registered and serving, within {@code timeout}. */
    public void awaitBrokers() {
        Set<Integer> expected = nodes(NodeRole.BROKER).stream().filter(n -> n.pid() != 0)
                .map(SandboxNode::id).collect(Collectors.toSet());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Set<Integer> seen = Set.of();
        try (Admin admin = Admin.create(adminProperties())) {
            while (System.nanoTime() < deadline) {
                checkAlive(NodeRole.BROKER);
                try {
                    var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
                    seen = cluster.nodes().get().stream().map(Node::id).collect(Collectors.toSet());
                    Node controller = cluster.controller().get();
                    if (seen.containsAll(expected) && controller != null && !controller.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // not up yet
                }
                sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while waiting for the sandbox brokers", e);
        }
        throw KzkException.unreachable("sandbox brokers " + expected + " did not all start within "
                + START_TIMEOUT.toSeconds() + "s (serving: " + seen + "); see the logs in " + directory.resolve("logs"),
                null);
    }

    // ---- starting ------------------------------------------------------------------------------

    private SandboxRuntime runtime() {
        return runtime != null ? runtime : SandboxRuntime.locate();
    }

    private void writeConfigs() {
        for (SandboxNode node : nodes) {
            String text = SandboxLayout.config(state, node, directory);
            Path config = Path.of(node.config());
            createDirectories(config.getParent());
            writeString(config, text);
            if (node.role() == NodeRole.ZOOKEEPER) {
                Path data = config.getParent().resolve("data");
                createDirectories(data);
                writeString(data.resolve("myid"), node.id() + "\n");
            }
        }
        writeString(directory.resolve("log4j.properties"), SandboxLayout.LOG4J);
    }

    private void launch() {
        SandboxRuntime rt = runtime();
        if (kraft()) {
            formatKraftStorage(rt);
            startAll(rt, NodeRole.KRAFT_CONTROLLER);
            nodes(NodeRole.KRAFT_CONTROLLER).forEach(this::awaitPort);
        } else {
            startAll(rt, NodeRole.ZOOKEEPER);
            awaitZookeeper(nodes(NodeRole.ZOOKEEPER));
        }
        startAll(rt, NodeRole.BROKER);
        saveState();
        awaitBrokers();
    }

    private void startAll(SandboxRuntime rt, NodeRole role) {
        for (SandboxNode node : nodes(role)) {
            replace(node.withPid(spawn(rt, node)));
        }
        saveState();
    }

    private long spawn(SandboxRuntime rt, SandboxNode node) {
        List<String> command = new ArrayList<>();
        // A process of its own session: closing the terminal that ran 'kzk sandbox up' leaves it running.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(rt.java().toString(), nodeMarker(node),
                node.role() == NodeRole.BROKER ? "-Xmx384m" : "-Xmx160m", "-Xms32m",
                "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Dlog4j.configuration=file:" + directory.resolve("log4j.properties"),
                "-Dzookeeper.admin.enableServer=false",
                // TTL znodes (kzk zk create --mode ttl) need the extended types.
                "-Dzookeeper.extendedTypesEnabled=true",
                "-cp", rt.classpath(),
                mainClass(node.role()), node.config()));
        Path log = directory.resolve("logs").resolve(node.name() + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            spawned.put(process.pid(), process.toHandle());
            return process.pid();
        } catch (IOException e) {
            throw KzkException.failed("cannot start " + node.name() + " with " + rt.java() + ": " + e.getMessage(), e);
        }
    }

    private static String mainClass(NodeRole role) {
        return role == NodeRole.ZOOKEEPER ? "org.apache.zookeeper.server.quorum.QuorumPeerMain" : "kafka.Kafka";
    }

    /** KRaft log folders must be formatted with the cluster id before first start; all at once, each is a JVM. */
    private void formatKraftStorage(SandboxRuntime rt) {
        List<Process> formats = new ArrayList<>();
        for (SandboxNode node : nodes) {
            Path log = directory.resolve("logs").resolve(node.name() + "-format.log");
            try {
                formats.add(new ProcessBuilder(rt.java().toString(), "-Xmx128m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dlog4j.configuration=file:" + directory.resolve("log4j.properties"),
                        "-cp", rt.classpath(), "kafka.tools.StorageTool", "format",
                        "-t", state.clusterId(), "-c", node.config(), "--ignore-formatted")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start());
            } catch (IOException e) {
                throw KzkException.failed("cannot format the KRaft storage of " + node.name() + ": " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < formats.size(); i++) {
            try {
                if (!formats.get(i).waitFor(60, TimeUnit.SECONDS) || formats.get(i).exitValue() != 0) {
                    throw KzkException.failed("formatting the KRaft storage of " + nodes.get(i).name()
                            + " failed; see " + directory.resolve("logs"), null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted while formatting KRaft storage", e);
            }
        }
    }

    private void awaitZookeeper(List<SandboxNode> zks) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (SandboxNode zk : zks) {
            while (true) {
                checkAlive(NodeRole.ZOOKEEPER);
                try {
                    String srvr = FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "srvr", false, 1000);
                    if (srvr.contains("Mode: ")) {
                        break;
                    }
                } catch (IOException | org.apache.zookeeper.common.X509Exception.SSLContextException e) {
                    // not listening yet, or no quorum yet
                }
                if (System.nanoTime() > deadline) {
                    throw KzkException.unreachable(zk.name() + " did not start within " + START_TIMEOUT.toSeconds()
                            + "s; see " + directory.resolve("logs"), null);
                }
                sleep(200);
            }
        }
    }

    private void awaitPort(SandboxNode node) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive(node.role());
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), node.port())) {
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw KzkException.unreachable(node.name() + " did not open port " + node.port() + "; see "
                + directory.resolve("logs"), null);
    }

    /**
     * Waits until ZooKeeper no longer holds the broker's registration. Ephemeral nodes are listed
     * by the {@code dump} four-letter word, which only the leader (or a standalone server) answers.
     */
    private void awaitBrokerDeregistered(int brokerId) {
        String path = CHROOT + "/brokers/ids/" + brokerId;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (SandboxNode zk : nodes(NodeRole.ZOOKEEPER)) {
                if (process(zk).isEmpty()) {
                    continue;
                }
                try {
                    String mode = FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "srvr", false, 2000);
                    if (!mode.contains("Mode: leader") && !mode.contains("Mode: standalone")) {
                        continue;
                    }
                    String dump = FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "dump", false, 2000);
                    if (!dump.contains(path)) {
                        return;
                    }
                } catch (IOException | org.apache.zookeeper.common.X509Exception.SSLContextException e) {
                    // this server is not answering; ask the others, then again
                }
            }
            sleep(500);
        }
        throw KzkException.failed("broker " + brokerId + " stayed registered in ZooKeeper (" + path + ")", null);
    }

    /** Fails fast, naming the log, when a process of the role died while we wait for it. */
    private void checkAlive(NodeRole role) {
        for (SandboxNode node : nodes(role)) {
            if (node.pid() != 0 && process(node).isEmpty()) {
                throw KzkException.failed(node.name() + " exited during start-up: " + lastLogLine(node), null);
            }
        }
    }

    /** The last error the node logged; the folder and its logs go when a failed start is cleaned up. */
    private String lastLogLine(SandboxNode node) {
        Path log = directory.resolve("logs").resolve(node.name() + ".log");
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            return all.stream().filter(l -> l.contains("ERROR") || l.contains("Exception")).findFirst()
                    .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)))
                    .orElse("(nothing logged)");
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private Properties adminProperties() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        props.put("auto.include.jmx.reporter", "false");
        return props;
    }

    // ---- processes and state -------------------------------------------------------------------

    /** The live process of a node, only if it still runs the node's config (a pid may be reused). */
    private Optional<ProcessHandle> process(SandboxNode node) {
        if (node.pid() == 0) {
            return Optional.empty();
        }
        ProcessHandle ours = spawned.get(node.pid());
        if (ours != null) {
            return Optional.of(ours).filter(ProcessHandle::isAlive);
        }
        return ProcessHandle.of(node.pid())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(nodeMarker(node)))
                        .orElse(false));
    }

    /** The first argument of every node's JVM, naming its config: how its process is recognised. */
    private static String nodeMarker(SandboxNode node) {
        return "-Dkzk.sandbox.node=" + node.config();
    }

    private static void terminate(ProcessHandle process, boolean force) {
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        awaitExit(process, STOP_TIMEOUT);
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported below if it is still there
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw KzkException.failed("waiting for process " + process.pid() + " failed", e);
        }
        if (process.isAlive()) {
            throw KzkException.failed("process " + process.pid() + " would not stop, even with SIGKILL", null);
        }
    }

    private synchronized void replace(SandboxNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(node.name())) {
                nodes.set(i, node);
            }
        }
        saveState();
    }

    private synchronized void saveState() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        SandboxState current = state.withNodes(nodes);
        Path file = directory.resolve(STATE_FILE);
        Path tmp = directory.resolve(STATE_FILE + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), current);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw KzkException.failed("cannot write the sandbox state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Distinct free loopback ports, held open together so none is handed out twice. */
    static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            Set<Integer> ports = new HashSet<>();
            while (ports.size() < count) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports.add(s.getLocalPort());
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own
                }
            }
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw KzkException.failed("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KzkException.failed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw KzkException.failed("cannot delete the sandbox folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted", e);
        }
    }
}
