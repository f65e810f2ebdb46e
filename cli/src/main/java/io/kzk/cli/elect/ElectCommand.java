package io.kzk.cli.elect;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk elect}. */
@Command(name = "elect", header = "Leader elections: preferred, unclean, and the controller (ZooKeeper mode).",
        description = {"Preferred and unclean elections go through the Kafka protocol (ZooKeeper-mode and KRaft",
            "clusters alike); 'elect controller' deletes /controller in ZooKeeper and is for ZooKeeper mode only."})
public final class ElectCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ElectPreferredCommand::new, "preferred"),
            Subcommand.of(ElectUncleanCommand::new, "unclean"),
            Subcommand.of(ElectControllerCommand::new, "controller"));
}
