package io.kzk.cli.settings;

import java.util.Map;

/** Connection settings given on the command line; null where not given. */
public record ConnectionFlags(String bootstrapServers, String zookeeper, String commandConfig,
                              Map<String, String> properties, String zkAuth, String zkConfig, String context) {
    public ConnectionFlags {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ConnectionFlags none() {
        return new ConnectionFlags(null, null, null, Map.of(), null, null, null);
    }
}
