package io.kzk.cli.cluster;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk cluster}: the cluster as a whole. */
@Command(name = "cluster", header = "The cluster as a whole: identity, brokers, health.",
        description = "Commands about the whole cluster.",
        subcommands = {ClusterDescribeCommand.class, ClusterHealthCommand.class})
public final class ClusterCommand extends CommandGroup {
}
