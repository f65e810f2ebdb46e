package io.kzk.cli.elect;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk elect}. */
@Command(name = "elect", header = "Leader elections: preferred, unclean, and the controller (ZooKeeper mode).",
        description = {"Preferred and unclean elections go through the Kafka protocol (ZooKeeper-mode and KRaft",
            "clusters alike); 'elect controller' deletes /controller in ZooKeeper and is for ZooKeeper mode only."},
        subcommands = {ElectPreferredCommand.class, ElectUncleanCommand.class, ElectControllerCommand.class})
public final class ElectCommand extends CommandGroup {
}
