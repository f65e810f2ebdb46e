package io.kzk.cli;

import io.kzk.cli.session.KzkSession;
import io.kzk.cli.session.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** The root of the command tree; owns the run's environment and its session. */
@Command(name = "kzk", mixinStandardHelpOptions = true, versionProvider = KzkVersion.class, scope = ScopeType.INHERIT,
        header = "Operate Apache Kafka clusters and the ZooKeeper ensembles behind them.",
        description = {
            "kzk talks to Kafka through its protocol (ZooKeeper-mode and KRaft clusters alike) and reads"
                + " ZooKeeper directly. Connection settings come from flags, then KZK_* environment variables,"
                + " then the current context of the config file, then a running sandbox.",
            ""},
        // Subcommands are added by Cli, only the one a run needs: building all costs start-up time.
        subcommands = {})
public final class KzkCommand extends CommandGroup {
    @Mixin
    private GlobalOptions globals;

    private final CliEnvironment environment;
    private KzkSession session;

    public KzkCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    public GlobalOptions globals() {
        return globals;
    }

    public CliEnvironment environment() {
        return environment;
    }

    /**
     * The session of this command line's connection settings, from the environment's session
     * provider (so a shell reuses it across lines); resolved once a command line.
     */
    public synchronized KzkSession session() {
        if (session == null) {
            var c = Sessions.resolve(globals.connectionFlags(), environment);
            session = environment.sessions().session(c, globals.timeout());
            environment.settingsFile().modeWarning().ifPresent(w -> {
                spec.commandLine().getErr().println("kzk: warning: " + w);
                spec.commandLine().getErr().flush();
            });
            if (globals.verbose()) {
                var err = spec.commandLine().getErr();
                err.println(c.bootstrapServers() == null ? "kzk: no bootstrap servers given"
                        + (c.context() == null ? "" : " (context " + c.context() + " has none)")
                        : "kzk: bootstrap servers " + c.bootstrapServers() + " (from " + c.bootstrapSource() + ")");
                if (c.zookeeper() != null) {
                    err.println("kzk: zookeeper " + c.zookeeper() + " (from " + c.zookeeperSource() + ")");
                }
                err.flush();
            }
        }
        return session;
    }

    /** Called before each command line runs: the next line resolves its own connection settings. */
    synchronized void beginCommandLine() {
        session = null;
    }
}
