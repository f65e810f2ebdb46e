package io.kzk.cli.session;

import io.kzk.admin.KafkaClients;
import io.kzk.admin.KafkaTarget;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The connections of one run (a one-shot command, or an interactive shell across commands).
 * Clients are made on first use, so a command that needs only Kafka never touches ZooKeeper
 * and the other way round; commands never build clients themselves.
 */
public final class KzkSession implements AutoCloseable {
    private final ResolvedConnection connection;
    private final Duration timeout;
    private Admin admin;
    private CuratorFramework zookeeper;

    public KzkSession(ResolvedConnection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    public ResolvedConnection connection() {
        return connection;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The Admin client with what messages need to name it. */
    public synchronized KafkaTarget kafka() {
        String bootstrap = requireBootstrap();
        if (admin == null) {
            admin = KafkaClients.admin(clientProperties(), timeout);
        }
        return new KafkaTarget(admin, bootstrap, timeout);
    }

    public boolean hasZookeeper() {
        return connection.zookeeper() != null;
    }

    public synchronized CuratorFramework zookeeper() {
        if (connection.zookeeper() == null) {
            throw KzkException.invalidInput("no ZooKeeper given: use -z HOST:PORT[/chroot], KZK_ZOOKEEPER,"
                    + " or a context with a zookeeper (kzk context set NAME -z ...)");
        }
        if (zookeeper == null) {
            zookeeper = ZkConnections.connect(connection.zookeeper(), connection.zkAuth(), connection.zkConfig(), timeout);
        }
        return zookeeper;
    }

    /** A producer of raw bytes with the run's client properties and {@code overrides}; the caller closes it. */
    public Producer<byte[], byte[]> newProducer(Map<String, Object> overrides) {
        Properties props = clientProperties();
        props.putAll(overrides);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A consumer of raw bytes with the run's client properties and {@code overrides}; the caller closes it. */
    public Consumer<byte[], byte[]> newConsumer(Map<String, Object> overrides) {
        Properties props = clientProperties();
        props.putAll(overrides);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Properties clientProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", requireBootstrap());
        props.put("auto.include.jmx.reporter", "false");
        props.put("enable.metrics.push", "false"); // as for the Admin client (KafkaClients)
        props.putAll(connection.properties());
        return props;
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
    public synchronized void close(boolean exitingNow) {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
        if (zookeeper != null) {
            CuratorFramework zk = zookeeper;
            zookeeper = null;
            if (exitingNow) {
                ZkConnections.endSession(zk);
                Thread closer = new Thread(zk::close, "zookeeper-close");
                closer.setDaemon(true);
                closer.start();
            } else {
                zk.close();
            }
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
