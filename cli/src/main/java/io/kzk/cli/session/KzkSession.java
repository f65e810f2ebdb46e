package io.kzk.cli.session;

import io.kzk.admin.KafkaClients;
import io.kzk.admin.KafkaTarget;
import io.kzk.admin.produce.ProducerClients;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.admin.KafkaFailures;
import io.kzk.common.HostPort;
import io.kzk.common.TcpProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The connections of one run (a one-shot command, or an interactive shell across commands).
 * Clients are made on first use, so a command that needs only Kafka never touches ZooKeeper
 * and the other way round; commands never build clients themselves.
 */
public final class KzkSession implements AutoCloseable {
    /** How long the first connect to the bootstrap servers may take to tell refused from slow. */
    private static final Duration PROBE_BOUND = Duration.ofSeconds(3);
    private static final Pattern CONFIG_KEY = Pattern.compile("for configuration ([^\\s:]+)");

    /**
     * The clients, shared by every view of the session ({@link #withTimeout}); their own request
     * timeouts are the longest any view may ask for, and each view bounds its waits itself.
     */
    private static final class Clients {
        final Duration clientTimeout;
        Admin admin;
        CuratorFramework zookeeper;
        boolean bootstrapProbed;
        boolean propertiesChecked;

        Clients(Duration clientTimeout) {
            this.clientTimeout = clientTimeout;
        }
    }

    private final ResolvedConnection connection;
    private final Duration timeout;
    private final Clients clients;

    /** A session whose clients' own timeouts are {@code timeout}: one command, or one line of a shell. */
    public KzkSession(ResolvedConnection connection, Duration timeout) {
        this(connection, timeout, new Clients(timeout));
    }

    /**
     * A session meant for many commands, each with a timeout of its own ({@link #withTimeout}):
     * its clients allow requests up to {@code clientTimeout}, the longest any command may wait.
     */
    public static KzkSession shared(ResolvedConnection connection, Duration clientTimeout) {
        return new KzkSession(connection, clientTimeout, new Clients(clientTimeout));
    }

    private KzkSession(ResolvedConnection connection, Duration timeout, Clients clients) {
        this.connection = connection;
        this.timeout = timeout;
        this.clients = clients;
    }

    /**
     * This session's clients for a command that waits at most {@code timeout}: so a shell line's
     * {@code --timeout} bounds that line's requests and no other line's.
     */
    public KzkSession withTimeout(Duration timeout) {
        return timeout.equals(this.timeout) ? this : new KzkSession(connection, timeout, clients);
    }

    /** The clients' own timeouts: the longest any view may wait (a shell line's --timeout bounds only its own waits). */
    private Duration longest() {
        return clients.clientTimeout.compareTo(timeout) < 0 ? timeout : clients.clientTimeout;
    }

    public ResolvedConnection connection() {
        return connection;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The Admin client with what messages need to name it, and this view's timeout. */
    public KafkaTarget kafka() {
        String bootstrap = requireBootstrap();
        synchronized (clients) {
            if (clients.admin == null) {
                Properties props = clientProperties();
                Duration longest = longest();
                clients.admin = build(() -> KafkaClients.admin(props, longest));
            }
            return new KafkaTarget(clients.admin, bootstrap, timeout,
                    connection.properties().getOrDefault("security.protocol", "PLAINTEXT"));
        }
    }

    public boolean hasZookeeper() {
        return connection.zookeeper() != null;
    }

    public CuratorFramework zookeeper() {
        if (connection.zookeeper() == null) {
            throw KzkException.invalidInput("no ZooKeeper given: use -z HOST:PORT[/chroot], KZK_ZOOKEEPER,"
                    + " or a context with a zookeeper (kzk context set NAME -z ...)");
        }
        synchronized (clients) {
            if (clients.zookeeper == null) {
                clients.zookeeper = ZkConnections.connect(connection.zookeeper(), connection.zkAuth(), connection.zkConfig(),
                        longest());
            }
            return clients.zookeeper;
        }
    }

    /** The run's client properties for a produce, and this session's words for a client that fails to build. */
    public ProducerClients producerClients() {
        return new ProducerClients() {
            @Override
            public Properties properties(Map<String, Object> settings) {
                Properties props = clientProperties();
                props.putAll(settings);
                return props;
            }

            @Override
            public <T> T build(Supplier<T> client) {
                return KzkSession.this.build(client);
            }
        };
    }

    /** A consumer of raw bytes with the run's client properties and {@code overrides}; the caller closes it. */
    public Consumer<byte[], byte[]> newConsumer(Map<String, Object> overrides) {
        Properties props = clientProperties();
        props.putAll(overrides);
        return build(() -> new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
    }

    private Properties clientProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", requireBootstrap());
        props.put("auto.include.jmx.reporter", "false");
        props.put("enable.metrics.push", "false"); // as for the Admin client (KafkaClients)
        props.putAll(connection.properties());
        checkProperties();
        probeBootstrap(props.getProperty("bootstrap.servers"));
        return props;
    }

    /**
     * Each given client property is checked, once, against every Kafka client's definition of it:
     * a command builds an Admin client before its consumer or producer, and the Admin client
     * ignores a consumer's or producer's keys, so a bad {@code fetch.max.bytes} would otherwise
     * surface only as a timeout, or not at all. The clients agree on the keys they share.
     */
    private void checkProperties() {
        synchronized (clients) {
            if (clients.propertiesChecked || connection.properties().isEmpty()) {
                clients.propertiesChecked = true;
                return;
            }
            checkEachProperty();
            clients.propertiesChecked = true;
        }
    }

    private void checkEachProperty() {
        List<ConfigDef> defs = List.of(AdminClientConfig.configDef(), ProducerConfig.configDef(), ConsumerConfig.configDef());
        for (var e : connection.properties().entrySet()) {
            for (ConfigDef def : defs) {
                ConfigDef.ConfigKey key = def.configKeys().get(e.getKey());
                if (key == null) {
                    continue;
                }
                try {
                    Object value = ConfigDef.parseType(key.name, e.getValue(), key.type);
                    if (key.validator != null) {
                        key.validator.ensureValid(key.name, value);
                    }
                } catch (ConfigException bad) {
                    throw KzkException.invalidInput("invalid Kafka client property " + e.getKey() + "="
                            + (io.kzk.cli.settings.Secrets.isSecret(e.getKey()) ? io.kzk.cli.settings.Secrets.MASK : e.getValue())
                            + " (from " + connection.propertySource(e.getKey()) + "): " + bad.getMessage());
                }
            }
        }
    }

    /**
     * Before the first client: a malformed bootstrap list is a usage error, and a list whose every
     * address refuses or does not resolve fails now, naming each, where the clients would retry
     * until --timeout. Addresses that merely do not answer within the probe's bound (a firewall,
     * a slow network) keep the full --timeout: they may yet answer.
     */
    private void probeBootstrap(String bootstrap) {
        synchronized (clients) {
            if (!clients.bootstrapProbed) {
                probeEachBootstrapServer(bootstrap);
                clients.bootstrapProbed = true;
            }
        }
    }

    private void probeEachBootstrapServer(String bootstrap) {
        String source = connection.properties().containsKey("bootstrap.servers")
                ? connection.propertySource("bootstrap.servers") : connection.bootstrapSource();
        List<HostPort> addresses = HostPort.parseList(bootstrap, "bootstrap servers (from " + source + ")");
        List<TcpProbe.Result> results = TcpProbe.probe(addresses, PROBE_BOUND.compareTo(timeout) < 0 ? PROBE_BOUND : timeout);
        if (results.stream().allMatch(TcpProbe.Result::certainlyDown)) {
            throw KzkException.unreachable("cannot reach Kafka: every bootstrap server (from " + source + ") fails: "
                    + results.stream().map(TcpProbe.Result::toString).collect(Collectors.joining(", "))
                    + "; check the address (-b/--bootstrap-server) and that the brokers are up", null);
        }
    }

    /**
     * Kafka's clients check their properties when built and throw a KafkaException around a
     * ConfigException; that is a usage error naming the setting and where it was given.
     */
    private <T> T build(Supplier<T> client) {
        try {
            return client.get();
        } catch (KafkaException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConfigException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                // a JAAS config Kafka cannot parse comes as an IllegalArgumentException (whose text names no secret)
                Throwable bad = e;
                while (bad != null && !(bad instanceof IllegalArgumentException)) {
                    bad = bad.getCause();
                }
                if (bad != null && bad.getMessage() != null && bad.getMessage().contains("JAAS")) {
                    throw KzkException.invalidInput("invalid Kafka client property (sasl.jaas.config from "
                            + connection.propertySource("sasl.jaas.config") + "): " + bad.getMessage().lines().findFirst().orElse(""));
                }
                throw KafkaFailures.translate(e, "creating the Kafka client", connection.bootstrapServers(), timeout);
            }
            Matcher key = CONFIG_KEY.matcher(cause.getMessage());
            String from = key.find() ? " (" + key.group(1) + " from " + connection.propertySource(key.group(1)) + ")" : "";
            throw KzkException.invalidInput("invalid Kafka client property" + from + ": " + cause.getMessage());
        }
    }

    private String requireBootstrap() {
        if (connection.bootstrapServers() == null) {
            throw KzkException.invalidInput("no Kafka cluster given: use -b HOST:PORT, KZK_BOOTSTRAP_SERVERS,"
                    + " a context (kzk context set NAME -b HOST:PORT), or start one with 'kzk sandbox up'");
        }
        return connection.bootstrapServers();
    }

    /**
     * Closes the clients without waiting for in-flight requests: every result a command needed
     * has been awaited already. The ZooKeeper session is always ended before this returns: that
     * is what removes the run's ephemeral znodes and lock nodes, and a process that exits first
     * leaves them to the session timeout. Ending it is one round trip; the rest of Curator's and
     * ZooKeeper's close waits on their I/O threads (100 ms or more), so a one-shot run hands that
     * to a daemon thread and lets the process exit meanwhile.
     */
    public void close(boolean exitingNow) {
        CuratorFramework zk;
        synchronized (clients) {
            if (clients.admin != null) {
                clients.admin.close(Duration.ZERO);
                clients.admin = null;
            }
            zk = clients.zookeeper;
            clients.zookeeper = null;
        }
        if (zk == null) {
            return;
        }
        if (exitingNow) {
            ZkConnections.endSession(zk);
            Thread closer = new Thread(zk::close, "zookeeper-close");
            closer.setDaemon(true);
            closer.start();
        } else {
            zk.close();
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
