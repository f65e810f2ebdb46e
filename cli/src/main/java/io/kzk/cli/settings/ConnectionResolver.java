package io.kzk.cli.settings;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides where a run connects. Each setting is taken from the first layer that has it:
 * <ol>
 *   <li>command-line flags;</li>
 *   <li>environment: {@code KZK_BOOTSTRAP_SERVERS}, {@code KZK_ZOOKEEPER}, {@code KZK_CONTEXT};</li>
 *   <li>the context named by {@code --context}, else {@code KZK_CONTEXT}, else the config file's current one;</li>
 *   <li>a running sandbox, only when none of the above names a cluster at all, so that two
 *       clusters are never mixed behind the user's back.</li>
 * </ol>
 * Pure apart from the two functions it is handed.
 */
public final class ConnectionResolver {
    public static final String ENV_BOOTSTRAP = "KZK_BOOTSTRAP_SERVERS";
    public static final String ENV_ZOOKEEPER = "KZK_ZOOKEEPER";
    public static final String ENV_CONTEXT = "KZK_CONTEXT";

    /**
     * The endpoints of a running sandbox; zookeeper is null in KRaft mode. A secured sandbox also
     * names its client properties file and its ZooKeeper credentials (null otherwise).
     */
    public record SandboxEndpoints(String bootstrapServers, String zookeeper, String commandConfig, String zkAuth) {
        public SandboxEndpoints(String bootstrapServers, String zookeeper) {
            this(bootstrapServers, zookeeper, null, null);
        }
    }

    private ConnectionResolver() {
    }

    /**
     * @param configFile      where {@code config} came from, for messages
     * @param sandbox         a running sandbox's endpoints, asked only when needed
     * @param readCommandConfig reads a Kafka client properties file
     */
    public static ResolvedConnection resolve(ConnectionFlags flags, Map<String, String> env, KzkSettings config,
                                             Path configFile, Supplier<Optional<SandboxEndpoints>> sandbox,
                                             Function<Path, Map<String, String>> readCommandConfig) {
        String contextName = first(flags.context(), blankToNull(env.get(ENV_CONTEXT)), config.currentContext());
        ContextSettings context = null;
        if (contextName != null) {
            String origin = flags.context() != null ? "--context" : env.get(ENV_CONTEXT) != null ? ENV_CONTEXT
                    : "current-context in " + configFile;
            context = config.context(contextName).orElseThrow(() -> KzkException.notFound("no context '"
                    + contextName + "' (from " + origin + ") in " + configFile + ": see 'kzk context list'"));
        }
        ContextSettings ctx = context == null ? ContextSettings.empty() : context;
        String ctxLabel = "context " + contextName;

        Layered bootstrap = Layered.pick(flags.bootstrapServers(), "--bootstrap-server",
                blankToNull(env.get(ENV_BOOTSTRAP)), ENV_BOOTSTRAP, ctx.bootstrapServers(), ctxLabel);
        Layered zookeeper = Layered.pick(flags.zookeeper(), "--zookeeper",
                blankToNull(env.get(ENV_ZOOKEEPER)), ENV_ZOOKEEPER, ctx.zookeeper(), ctxLabel);
        Map<String, String> flagConfig = flags.commandConfig() == null ? Map.of()
                : readCommandConfig.apply(Path.of(flags.commandConfig()));
        boolean propertiesNameBrokers = blankToNull(flags.properties().get("bootstrap.servers")) != null
                || blankToNull(flagConfig.get("bootstrap.servers")) != null;
        if (bootstrap.value() == null && zookeeper.value() == null && context == null && !propertiesNameBrokers) {
            Optional<SandboxEndpoints> running = sandbox.get();
            if (running.isPresent()) {
                bootstrap = new Layered(running.get().bootstrapServers(), "sandbox");
                zookeeper = new Layered(running.get().zookeeper(), running.get().zookeeper() == null ? null : "sandbox");
                // A secured sandbox's own settings, as its context has them.
                ctx = new ContextSettings(null, null, running.get().commandConfig(), Map.of(), running.get().zkAuth(), null);
            }
        }

        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        layer(properties, sources, ctx.properties(), ctxLabel);
        String commandConfig = first(flags.commandConfig(), ctx.commandConfig());
        if (commandConfig != null) {
            layer(properties, sources, flags.commandConfig() != null ? flagConfig : readCommandConfig.apply(Path.of(commandConfig)),
                    "--command-config " + commandConfig);
        }
        layer(properties, sources, flags.properties(), "-X");
        // A client property file or -X naming the brokers names the cluster (kcat -F and -X take it so)
        String inProperties = blankToNull(properties.get("bootstrap.servers"));
        if (bootstrap.value() == null && inProperties != null) {
            bootstrap = new Layered(inProperties, sources.get("bootstrap.servers"));
        }
        return new ResolvedConnection(bootstrap.value(), bootstrap.source(), zookeeper.value(), zookeeper.source(),
                contextName, properties, first(flags.zkAuth(), ctx.zkAuth()), first(flags.zkConfig(), ctx.zkConfig()), sources);
    }

    private static void layer(Map<String, String> properties, Map<String, String> sources, Map<String, String> layer, String source) {
        properties.putAll(layer);
        layer.keySet().forEach(k -> sources.put(k, source));
    }

    private record Layered(String value, String source) {
        static Layered pick(String flag, String flagName, String env, String envName, String ctx, String ctxName) {
            if (flag != null) {
                return new Layered(flag, flagName);
            }
            if (env != null) {
                return new Layered(env, envName);
            }
            return ctx != null ? new Layered(ctx, ctxName) : new Layered(null, null);
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
