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
 */
public record ResolvedConnection(String bootstrapServers, String bootstrapSource,
                                 String zookeeper, String zookeeperSource,
                                 String context, Map<String, String> properties, String zkAuth,
                                 String zkConfig) {
    public ResolvedConnection {
        properties = Map.copyOf(properties);
    }
}
