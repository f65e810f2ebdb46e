package io.kzk.cli.settings;

import java.util.Map;

/**
 * Where this run connects, and why: each {@code *Source} says which layer gave the value
 * ("--bootstrap-server", "KZK_BOOTSTRAP_SERVERS", "context prod", "sandbox"), for --verbose and
 * for messages that must say which setting to fix.
 *
 * @param context    the context in use, or null
 * @param properties Kafka client properties: the context's, then the command-config file's, then -X
 * @param zkConfig   a ZooKeeper client properties file, or null
 * @param propertySources for each key of {@code properties}, where it came from ("-X", "--command-config FILE",
 *                   "context NAME"), so that a bad value can be blamed on the right setting
 */
public record ResolvedConnection(String bootstrapServers, String bootstrapSource,
                                 String zookeeper, String zookeeperSource,
                                 String context, Map<String, String> properties, String zkAuth,
                                 String zkConfig, Map<String, String> propertySources) {
    public ResolvedConnection {
        properties = Map.copyOf(properties);
        propertySources = Map.copyOf(propertySources);
    }

    public ResolvedConnection(String bootstrapServers, String bootstrapSource, String zookeeper, String zookeeperSource,
                              String context, Map<String, String> properties, String zkAuth, String zkConfig) {
        this(bootstrapServers, bootstrapSource, zookeeper, zookeeperSource, context, properties, zkAuth, zkConfig, Map.of());
    }

    /** Where client property {@code key} came from, for messages. */
    public String propertySource(String key) {
        return propertySources.getOrDefault(key, "the client properties");
    }
}
