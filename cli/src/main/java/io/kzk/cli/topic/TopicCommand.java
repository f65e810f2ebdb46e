package io.kzk.cli.topic;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk topic}. */
@Command(name = "topic", header = "Topics: list, describe, create, alter, delete, offsets, apply.",
        description = "Commands about topics. Everything here goes through the Kafka protocol: ZooKeeper-mode and KRaft clusters alike.",
        subcommands = {TopicListCommand.class, TopicDescribeCommand.class, TopicCreateCommand.class,
            TopicAlterCommand.class, TopicDeleteCommand.class, TopicOffsetsCommand.class, TopicApplyCommand.class})
public final class TopicCommand extends CommandGroup {
}
