package io.kzk.cli;

import io.kzk.common.KzkException;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.output.OutputFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command's name. Mixed into the root command
 * with inherited scope, so the values land here whichever command they are given to.
 */
public final class GlobalOptions {
    @Option(names = {"-b", "--bootstrap-server"}, paramLabel = "HOST:PORT[,...]", scope = ScopeType.INHERIT,
            description = "Kafka bootstrap servers (env KZK_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = {"-z", "--zookeeper"}, paramLabel = "CONNECT", scope = ScopeType.INHERIT,
            description = "ZooKeeper connect string, host:port[,host:port...][/chroot] (env KZK_ZOOKEEPER).")
    String zookeeper;

    @Option(names = "--command-config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Kafka client properties file (SASL, SSL...), as Kafka's own tools take it.")
    String commandConfig;

    @Option(names = "-X", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT, mapFallbackValue = "",
            description = "A Kafka client property; repeatable. Wins over --command-config and the context.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--zk-auth", paramLabel = "SCHEME:CREDENTIALS", scope = ScopeType.INHERIT,
            description = "ZooKeeper authentication, e.g. digest:user:password.")
    String zkAuth;

    @Option(names = "--zk-config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "ZooKeeper client properties file: TLS (zookeeper.client.secure, zookeeper.ssl.*), SASL"
                    + " (zookeeper.sasl.client, java.security.auth.login.config).")
    String zkConfig;

    @Option(names = "--context", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Use this context from the config file (env KZK_CONTEXT).")
    String context;

    @Option(names = "--timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT, defaultValue = "30s",
            converter = TimeoutConverter.class,
            description = "How long to wait for a server to answer: 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    // A list of strings, not one format: in 'kzk consume' -o is also kcat's offset flag (-o beginning).
    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            completionCandidates = io.kzk.cli.completion.Candidates.OutputFormats.class,
            // consume's own description says that -o is also kcat's offset flag there; every other
            // command's help would only repeat it
            description = "Output format: table (default), json, yaml or plain (tab-separated, no header).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colour, even on a terminal (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say on stderr where settings came from and what is being done.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show client logs and stack traces on stderr.")
    boolean debug;

    public ConnectionFlags connectionFlags() {
        return new ConnectionFlags(bootstrapServers, zookeeper, commandConfig, properties, zkAuth, zkConfig, context);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The output format: the last -o that names one; any other -o value is a usage error here. */
    public OutputFormat output() {
        OutputFormat format = OutputFormat.TABLE;
        for (String value : outputs) {
            OutputFormat f = OutputFormat.parse(value);
            if (f == null) {
                throw KzkException.invalidInput("invalid -o/--output '" + value + "': use table, json, yaml or plain");
            }
            format = f;
        }
        return format;
    }

    /** For consume: the -o values that are not output formats (kcat's offsets), in order. */
    public List<String> offsetValues() {
        return outputs.stream().filter(v -> OutputFormat.parse(v) == null).toList();
    }

    /** For consume: the output format among -o values that may also be offsets. */
    public OutputFormat outputAmongOffsets() {
        OutputFormat format = OutputFormat.TABLE;
        for (String value : outputs) {
            OutputFormat f = OutputFormat.parse(value);
            format = f == null ? format : f;
        }
        return format;
    }

    public boolean noColor() {
        return noColor;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean debug() {
        return debug;
    }
}
