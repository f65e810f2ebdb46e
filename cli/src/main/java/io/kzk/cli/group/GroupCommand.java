package io.kzk.cli.group;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk group}: consumer groups. */
@Command(name = "group", header = "Consumer groups: list, describe with lag, reset offsets, delete.")
public final class GroupCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(GroupListCommand::new, "list"),
            Subcommand.of(GroupDescribeCommand::new, "describe"),
            Subcommand.of(GroupResetOffsetsCommand::new, "reset-offsets"),
            Subcommand.of(GroupDeleteCommand::new, "delete"),
            Subcommand.of(GroupDeleteOffsetsCommand::new, "delete-offsets"));
}
