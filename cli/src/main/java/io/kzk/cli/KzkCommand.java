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
public final class KzkCommand extends GroupCommand {
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

    /** The run's session, opened on first use from the resolved connection settings. */
    public synchronized KzkSession session() {
        if (session == null) {
            session = Sessions.open(globals.connectionFlags(), globals.timeout(), environment);
            var c = session.connection();
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

    /** Closes the session; {@code exitingNow} lets slow closes run on a daemon thread. */
    public synchronized void closeSession(boolean exitingNow) {
        if (session != null) {
            session.close(exitingNow);
            session = null;
        }
    }
}
