package io.kzk.cli.shell;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/** The config keys completion offers: topic configs, broker configs, Kafka client properties. */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    /**
     * Topic config keys as the client library names them ({@link TopicConfig}): the same keys
     * for every broker version kzk talks to, so no round trip.
     */
    public static final List<String> TOPIC = topicKeys();

    /** What -X takes: the properties of Kafka's Admin client, producer and consumer. */
    public static final List<String> CLIENT = clientKeys();

    private static List<String> topicKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (Field f : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().endsWith("_CONFIG")) {
                try {
                    keys.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(keys);
    }

    private static List<String> clientKeys() {
        TreeSet<String> keys = new TreeSet<>(AdminClientConfig.configNames());
        keys.addAll(ProducerConfig.configNames());
        keys.addAll(ConsumerConfig.configNames());
        return List.copyOf(keys);
    }

    /** The keys a broker of the cluster lists for itself (every broker config, set or not). */
    public static List<String> ofABroker(Admin admin, long seconds) throws ExecutionException, InterruptedException, TimeoutException {
        List<Node> nodes = List.copyOf(admin.describeCluster().nodes().get(seconds, TimeUnit.SECONDS));
        if (nodes.isEmpty()) {
            return List.of();
        }
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, String.valueOf(nodes.get(0).id()));
        Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(broker)).all().get(seconds, TimeUnit.SECONDS);
        return configs.get(broker).entries().stream().map(ConfigEntry::name).sorted().toList();
    }
}
