package io.kzk.cli.config;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk config}: topic and broker configs. */
@Command(name = "config", header = "Configs of topics, brokers and the broker defaults.",
        description = {
            "Reads and changes configs of a topic (topic NAME), one broker (broker ID), or the dynamic",
            "defaults every broker takes (broker-default). Changes are incremental: only the keys named",
            "change."})
public final class ConfigCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ConfigGetCommand::new, "get"),
            Subcommand.of(ConfigSetCommand::new, "set"),
            Subcommand.of(ConfigDeleteCommand::new, "delete"));
}
