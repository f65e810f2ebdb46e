package io.kzk.cli.context;

import io.kzk.cli.settings.ContextSettings;
import io.kzk.cli.settings.Secrets;
import java.util.Map;

/** A context as shown to people and scripts: secrets masked. */
public record ContextDocument(String name, boolean current, String bootstrapServers, String zookeeper,
                          String commandConfig, Map<String, String> properties, String zkAuth, String zkConfig) {
    static ContextDocument of(String name, ContextSettings c, boolean current) {
        return new ContextDocument(name, current, c.bootstrapServers(), c.zookeeper(), c.commandConfig(),
                Secrets.mask(c.properties()), Secrets.maskZkAuth(c.zkAuth()), c.zkConfig());
    }
}
