package io.kzk.cli.broker;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk broker}. */
@Command(name = "broker", header = "Brokers of the cluster.", description = "Commands about brokers.")
public final class BrokerCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(BrokerListCommand::new, "list", "ls"));
}
