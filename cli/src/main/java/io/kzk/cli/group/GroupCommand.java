package io.kzk.cli.group;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk group}: consumer groups. */
@Command(name = "group", header = "Consumer groups: list, describe with lag, reset offsets, delete.",
        subcommands = {GroupListCommand.class, GroupDescribeCommand.class, GroupResetOffsetsCommand.class, GroupDeleteCommand.class,
            GroupDeleteOffsetsCommand.class})
public final class GroupCommand extends CommandGroup {
}
