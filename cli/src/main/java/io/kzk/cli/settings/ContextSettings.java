package io.kzk.cli.settings;

import java.util.Map;
import java.util.TreeMap;

/**
 * A named cluster in kzk's config file. Any field may be absent (null).
 *
 * @param commandConfig a Kafka client properties file (SASL, SSL…), as Kafka's tools take
 * @param properties    Kafka client properties set in the context itself
 * @param zkAuth        ZooKeeper credentials, {@code scheme:credentials}
 * @param zkConfig      a ZooKeeper client properties file (TLS, SASL), as zkCli takes with -client-configuration
 */
public record ContextSettings(String bootstrapServers, String zookeeper, String commandConfig,
                            Map<String, String> properties, String zkAuth, String zkConfig) {
    public ContextSettings {
        properties = properties == null ? Map.of() : new TreeMap<>(properties);
    }

    public static ContextSettings empty() {
        return new ContextSettings(null, null, null, Map.of(), null, null);
    }

    /** This context with every non-null field of {@code changes} laid over it; properties are added to. */
    public ContextSettings merge(ContextSettings changes) {
        Map<String, String> props = new TreeMap<>(properties);
        props.putAll(changes.properties());
        return new ContextSettings(
                changes.bootstrapServers() != null ? changes.bootstrapServers() : bootstrapServers,
                changes.zookeeper() != null ? changes.zookeeper() : zookeeper,
                changes.commandConfig() != null ? changes.commandConfig() : commandConfig,
                props,
                changes.zkAuth() != null ? changes.zkAuth() : zkAuth,
                changes.zkConfig() != null ? changes.zkConfig() : zkConfig);
    }
}
