package io.kzk.cli.topic;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk topic}. */
@Command(name = "topic", header = "Topics: list, describe, create, alter, delete, offsets, apply.",
        description = "Commands about topics. Everything here goes through the Kafka protocol: ZooKeeper-mode and KRaft clusters alike.")
public final class TopicCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(TopicListCommand::new, "list", "ls"),
            Subcommand.of(TopicDescribeCommand::new, "describe"),
            Subcommand.of(TopicCreateCommand::new, "create"),
            Subcommand.of(TopicAlterCommand::new, "alter"),
            Subcommand.of(TopicDeleteCommand::new, "delete", "rm"),
            Subcommand.of(TopicOffsetsCommand::new, "offsets"),
            Subcommand.of(TopicApplyCommand::new, "apply"));
}
