package io.kzk.cli.config;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk config}: topic and broker configs. */
@Command(name = "config", header = "Configs of topics, brokers and the broker defaults.",
        description = {
            "Reads and changes configs of a topic (topic NAME), one broker (broker ID), or the dynamic",
            "defaults every broker takes (broker-default). Changes are incremental: only the keys named",
            "change."},
        subcommands = {ConfigGetCommand.class, ConfigSetCommand.class, ConfigDeleteCommand.class})
public final class ConfigCommand extends CommandGroup {
}
