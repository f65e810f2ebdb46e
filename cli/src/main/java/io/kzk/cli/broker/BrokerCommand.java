package io.kzk.cli.broker;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk broker}. */
@Command(name = "broker", header = "Brokers of the cluster.", description = "Commands about brokers.",
        subcommands = {BrokerListCommand.class})
public final class BrokerCommand extends CommandGroup {
}
