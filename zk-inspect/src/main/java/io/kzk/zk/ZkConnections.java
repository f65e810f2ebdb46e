package io.kzk.zk;

import io.kzk.common.Durations;
import io.kzk.common.HostPort;
import io.kzk.common.KzkException;
import io.kzk.common.TcpProbe;
import java.util.List;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.zookeeper.Environment;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.client.ZKClientConfig;
import org.apache.zookeeper.common.ZKConfig;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

/** Opens Curator clients that fail fast, with one message, when the ensemble cannot be reached. */
public final class ZkConnections {
    private ZkConnections() {
    }

    /**
     * A started client, connected within {@code timeout}.
     *
     * @param connectString {@code host:port[,host:port...][/chroot]}
     * @param auth          {@code scheme:credentials} (e.g. {@code digest:user:secret}) or null
     */
    public static CuratorFramework connect(String connectString, String auth, Duration timeout) {
        return connect(connectString, auth, null, timeout);
    }

    /**
     * @param clientConfig a ZooKeeper client properties file (TLS: zookeeper.client.secure,
     *                     zookeeper.ssl.*; SASL: zookeeper.sasl.client and, read from the file
     *                     too, java.security.auth.login.config), or null
     */
    public static CuratorFramework connect(String connectString, String auth, String clientConfig, Duration timeout) {
        probe(ZkAddress.parse(connectString), connectString, timeout);
        int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        CuratorFrameworkFactory.Builder builder = CuratorFrameworkFactory.builder()
                .connectString(connectString)
                .sessionTimeoutMs(Math.max(ms, 6000))
                .connectionTimeoutMs(ms)
                // One retry of a lost connection: an operator's command should fail, not spin.
                .retryPolicy(new RetryNTimes(1, 200))
                .zookeeperFactory(SessionEndingZooKeeper.FACTORY);
        if (auth != null) {
            int colon = auth.indexOf(':');
            if (colon <= 0) {
                throw KzkException.invalidInput("invalid --zk-auth '" + scheme(auth)
                        + "': use scheme:credentials, e.g. digest:user:password");
            }
            builder.authorization(auth.substring(0, colon), auth.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
        ZKClientConfig config = clientConfig == null ? new ZKClientConfig() : clientConfig(Path.of(clientConfig));
        if (config.getProperty(ZKConfig.JUTE_MAXBUFFER) == null) {
            // Walks read 50 znodes a response (multi); ZooKeeper's 1 MB default would cut the
            // connection on a batch of large znodes.
            config.setProperty(ZKConfig.JUTE_MAXBUFFER, String.valueOf(MAX_RESPONSE_BYTES));
        }
        builder.zkClientConfig(config);
        CuratorFramework client = builder.build();
        client.start();
        try {
            if (!client.blockUntilConnected(ms, TimeUnit.MILLISECONDS)) {
                client.close();
                throw KzkException.unreachable("no answer from ZooKeeper at " + connectString + " within "
                        + Durations.format(timeout) + ": check the address (-z/--zookeeper) and that the ensemble is up,"
                        + " or raise --timeout", null);
            }
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw KzkException.failed("connecting to ZooKeeper was interrupted", e);
        }
        return client;
    }

    /** How long the first connect may take to tell refused from slow. */
    private static final Duration PROBE_BOUND = Duration.ofSeconds(3);

    /**
     * Curator retries a refused server until the connection timeout (30 s by default) and then
     * says only that nothing answered; the operating system knows "connection refused" at once.
     * When every server of the connect string refuses or does not resolve, fail now naming each;
     * servers that merely do not answer within the bound keep the full timeout.
     */
    private static void probe(ZkAddress address, String connectString, Duration timeout) {
        List<HostPort> servers = address.servers().stream().map(s -> new HostPort(s.host(), s.port())).toList();
        List<TcpProbe.Result> results = TcpProbe.probe(servers, PROBE_BOUND.compareTo(timeout) < 0 ? PROBE_BOUND : timeout);
        if (results.stream().allMatch(TcpProbe.Result::certainlyDown)) {
            throw KzkException.unreachable("cannot reach ZooKeeper at " + results.stream().map(TcpProbe.Result::toString)
                    .collect(Collectors.joining(", ")) + ": check the address (-z/--zookeeper) and that the ensemble is up", null);
        }
    }

    private static final int MAX_RESPONSE_BYTES = 128 * 1024 * 1024;

    private static ZKClientConfig clientConfig(Path file) {
        if (!Files.isReadable(file)) {
            throw KzkException.notFound("no readable ZooKeeper client config " + file + " (--zk-config)");
        }
        ZKClientConfig config;
        try {
            config = new ZKClientConfig(file.toFile());
        } catch (QuorumPeerConfig.ConfigException | RuntimeException e) {
            throw KzkException.invalidInput("cannot read ZooKeeper client config " + file + " (--zk-config): " + e.getMessage());
        }
        String jaas = config.getProperty(Environment.JAAS_CONF_KEY);
        if (jaas != null) {
            useJaasFile(jaas, file);
        }
        return config;
    }

    /** The JAAS file a --zk-config of this process named: the JVM has one login configuration. */
    private static String jaasInUse;

    /**
     * The JAAS file is read by the JVM's login configuration, which only looks at the system
     * property, once for the whole process. A second, different file in the same process (two
     * contexts in one kzk shell) would silently be ignored or replace the first, so it is refused.
     */
    static synchronized void useJaasFile(String jaas, Path from) {
        if (jaasInUse != null && !jaasInUse.equals(jaas)) {
            throw KzkException.invalidInput("--zk-config " + from + " names the JAAS file " + jaas + ", but this kzk process"
                    + " already uses " + jaasInUse + " (java.security.auth.login.config is one setting for the whole JVM):"
                    + " run a separate kzk for this cluster");
        }
        jaasInUse = jaas;
        System.setProperty(Environment.JAAS_CONF_KEY, jaas);
    }

    /** The ZooKeeper handle under a Curator client, for pipelined asynchronous requests. */
    public static ZooKeeper handle(CuratorFramework zk) {
        try {
            return zk.getZookeeperClient().getZooKeeper();
        } catch (Exception e) {
            throw ZkFailures.translate(e, "connecting", zk.getZookeeperClient().getCurrentConnectionString());
        }
    }

    /**
     * Ends the client's ZooKeeper session now and waits for the server to confirm it: the server
     * deletes the session's ephemeral znodes before it answers. One round trip, without the
     * thread shutdown that a full close waits for (100 ms or more); the client still needs closing
     * after.
     */
    public static void endSession(CuratorFramework zk) {
        if (!zk.getZookeeperClient().isConnected()) {
            return; // no session to end, and asking for the handle would wait for a connection
        }
        try {
            ZooKeeper handle = zk.getZookeeperClient().getZooKeeper();
            if (handle instanceof SessionEndingZooKeeper ending) {
                ending.endSession();
            } else {
                handle.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the connection went away meanwhile: the server ends the session at its timeout
        }
    }

    /** Only the scheme: credentials never go into a message. */
    private static String scheme(String auth) {
        int colon = auth.indexOf(':');
        return colon < 0 ? "…" : auth.substring(0, colon) + ":…";
    }
}
