package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.zookeeper.client.FourLetterWordMain;

/**
 * Waits for the sandbox's processes to serve: ZooKeeper answering, a controller's port open,
 * brokers registered (on each listener), a killed broker's registration gone. Every wait is one
 * {@link #poll} with a deadline, and fails fast when a process it waits for has died.
 */
final class Readiness {
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** One look at whether something is ready; an exception means "not yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private final Path directory;
    /** Throws, naming the log, when a started process of the role has exited. */
    private final Consumer<NodeRole> aliveCheck;

    Readiness(Path directory, Consumer<NodeRole> aliveCheck) {
        this.directory = directory;
        this.aliveCheck = aliveCheck;
    }

    /**
     * Asks {@code probe} every {@code interval} until it says ready or {@code timeout} passes,
     * checking before each look that the processes of {@code role} still live.
     *
     * @return whether it became ready in time
     */
    boolean poll(NodeRole role, Duration timeout, Duration interval, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (role != null) {
                aliveCheck.accept(role);
            }
            try {
                if (probe.ready()) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted while waiting for the sandbox", e);
            } catch (KzkException e) {
                throw e;
            } catch (Exception e) {
                // not ready yet
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted while waiting for the sandbox", e);
            }
        }
    }

    void awaitZookeeper(List<SandboxNode> zks) {
        for (SandboxNode zk : zks) {
            boolean up = poll(NodeRole.ZOOKEEPER, START_TIMEOUT, Duration.ofMillis(200), () ->
                    FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "srvr", false, 1000).contains("Mode: "));
            if (!up) {
                throw KzkException.unreachable(zk.name() + " did not start within " + START_TIMEOUT.toSeconds()
                        + "s; see " + logs(), null);
            }
        }
    }

    void awaitPort(SandboxNode node) {
        boolean open = poll(node.role(), START_TIMEOUT, Duration.ofMillis(200), () -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), node.port())) {
                return true;
            }
        });
        if (!open) {
            throw KzkException.unreachable(node.name() + " did not open port " + node.port() + "; see " + logs(), null);
        }
    }

    /**
     * Waits until every broker of {@code expected} is registered and a controller is known, as
     * seen by a client of {@code clientProperties} (bootstrap servers and, on a secured
     * listener, its security settings): the way the cluster's users will see it.
     *
     * @param listener what the message calls the listener ("PLAINTEXT", "SASL_SSL listener SCRAM_TLS")
     */
    void awaitBrokers(Set<Integer> expected, Properties clientProperties, String listener) {
        Properties props = new Properties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        props.put("auto.include.jmx.reporter", "false");
        props.put("enable.metrics.push", "false");
        props.putAll(clientProperties);
        AtomicReference<Set<Integer>> seen = new AtomicReference<>(Set.of());
        boolean up;
        try (Admin admin = Admin.create(props)) {
            up = poll(NodeRole.BROKER, START_TIMEOUT, Duration.ofMillis(250), () -> {
                var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
                seen.set(cluster.nodes().get(5, TimeUnit.SECONDS).stream().map(Node::id).collect(Collectors.toSet()));
                Node controller = cluster.controller().get(5, TimeUnit.SECONDS);
                return seen.get().containsAll(expected) && controller != null && !controller.isEmpty();
            });
        }
        if (!up) {
            throw KzkException.unreachable("sandbox brokers " + expected + " did not all start within "
                    + START_TIMEOUT.toSeconds() + "s on the " + listener + " listener (serving: " + seen.get()
                    + "); see the logs in " + logs(), null);
        }
    }

    /**
     * Waits until ZooKeeper no longer holds the broker's registration. Ephemeral nodes are listed
     * by the {@code dump} four-letter word, which only the leader (or a standalone server) answers.
     */
    void awaitBrokerDeregistered(int brokerId, Supplier<List<SandboxNode>> runningZookeepers) {
        String path = Sandbox.CHROOT + "/brokers/ids/" + brokerId;
        boolean gone = poll(null, START_TIMEOUT, Duration.ofMillis(500), () -> {
            for (SandboxNode zk : runningZookeepers.get()) {
                try {
                    String mode = FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "srvr", false, 2000);
                    if (!mode.contains("Mode: leader") && !mode.contains("Mode: standalone")) {
                        continue;
                    }
                    String dump = FourLetterWordMain.send4LetterWord("127.0.0.1", zk.port(), "dump", false, 2000);
                    return !dump.contains(path);
                } catch (Exception e) {
                    // this server is not answering; ask the others, then again
                }
            }
            return false;
        });
        if (!gone) {
            throw KzkException.failed("broker " + brokerId + " stayed registered in ZooKeeper (" + path + ")", null);
        }
    }

    private Path logs() {
        return directory.resolve("logs");
    }
}
