package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The sandbox's node processes: starting one, finding it again (from this or another JVM) by the
 * marker argument that names its config, and stopping it.
 */
final class NodeProcesses {
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    /** Processes this JVM started, by pid: known to be ours even before they have exec'd into java. */
    private final Map<Long, ProcessHandle> spawned = new ConcurrentHashMap<>();

    NodeProcesses(Path directory) {
        this.directory = directory;
    }

    /** Starts the node's JVM, its output appended to {@code logs/NAME.log}; returns its pid. */
    long spawn(SandboxRuntime rt, SandboxNode node) {
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
                "-Dzookeeper.extendedTypesEnabled=true"));
        // A secured sandbox's ZooKeeper SASL accounts (server side, or the broker's client side).
        Path jaas = Path.of(node.config()).resolveSibling(SandboxLayout.JAAS_FILE);
        if (Files.isRegularFile(jaas)) {
            command.add("-Djava.security.auth.login.config=" + jaas);
        }
        command.addAll(List.of("-cp", rt.classpath(), mainClass(node.role()), node.config()));
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

    /** The live process of a node, only if it still runs the node's config (a pid may be reused). */
    Optional<ProcessHandle> find(SandboxNode node) {
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

    static void terminate(ProcessHandle process, boolean force) {
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        awaitExit(process, STOP_TIMEOUT);
    }

    static void awaitExit(ProcessHandle process, Duration timeout) {
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

    /** The last error the node logged; the folder and its logs go when a failed start is cleaned up. */
    String lastLogLine(SandboxNode node) {
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
}
