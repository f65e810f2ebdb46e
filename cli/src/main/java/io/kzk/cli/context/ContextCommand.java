package io.kzk.cli.context;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk context}: named clusters in the config file. */
@Command(name = "context", header = "Named clusters in kzk's config file.",
        description = {
            "A context names a cluster: bootstrap servers, ZooKeeper connect string, client properties",
            "and credentials. The current context is used when no flag or KZK_* variable says otherwise.",
            "The file is $XDG_CONFIG_HOME/kzk/config.yaml (default ~/.config/kzk/config.yaml), mode 0600."})
public final class ContextCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ContextListCommand::new, "list", "ls"),
            Subcommand.of(ContextShowCommand::new, "show"),
            Subcommand.of(ContextUseCommand::new, "use"),
            Subcommand.of(ContextSetCommand::new, "set"),
            Subcommand.of(ContextDeleteCommand::new, "delete", "rm"));
}
