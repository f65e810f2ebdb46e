package io.kzk.cli.sandbox;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk sandbox}: a real local cluster to try kzk on. */
@Command(name = "sandbox", header = "A real local Kafka cluster (ZooKeeper or KRaft mode) to try things on.",
        description = {
            "Runs real Apache Kafka brokers and ZooKeeper (or a KRaft controller), each in its own JVM",
            "on 127.0.0.1, from the Kafka jars that come with kzk. It lives in $KZK_SANDBOX_DIR",
            "(default $XDG_STATE_HOME/kzk/sandbox, i.e. ~/.local/state/kzk/sandbox) until 'down'."})
public final class SandboxCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(SandboxUpCommand::new, "up"),
            Subcommand.of(SandboxStatusCommand::new, "status"),
            Subcommand.of(SandboxDownCommand::new, "down"),
            Subcommand.of(SandboxNodeCommand.Stop::new, "stop"),
            Subcommand.of(SandboxNodeCommand.Kill::new, "kill"),
            Subcommand.of(SandboxNodeCommand.Start::new, "start"));
}
