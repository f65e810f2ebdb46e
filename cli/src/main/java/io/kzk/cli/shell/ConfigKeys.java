package io.kzk.cli.shell;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The config keys completion offers without asking a cluster: topic configs and Kafka client
 * properties. Broker configs are the cluster's: {@link io.kzk.admin.config.ConfigService#brokerKeys()}.
 */
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
}
