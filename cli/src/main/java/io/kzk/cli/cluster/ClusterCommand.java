package io.kzk.cli.cluster;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk cluster}: the cluster as a whole. */
@Command(name = "cluster", header = "The cluster as a whole: identity, brokers, health.",
        description = "Commands about the whole cluster.")
public final class ClusterCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ClusterDescribeCommand::new, "describe"),
            Subcommand.of(ClusterHealthCommand::new, "health"));
}
