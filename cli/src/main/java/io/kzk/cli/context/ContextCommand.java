package io.kzk.cli.context;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk context}: named clusters in the config file. */
@Command(name = "context", header = "Named clusters in kzk's config file.",
        description = {
            "A context names a cluster: bootstrap servers, ZooKeeper connect string, client properties",
            "and credentials. The current context is used when no flag or KZK_* variable says otherwise.",
            "The file is $XDG_CONFIG_HOME/kzk/config.yaml (default ~/.config/kzk/config.yaml), mode 0600."},
        subcommands = {ContextListCommand.class, ContextShowCommand.class, ContextUseCommand.class,
            ContextSetCommand.class, ContextDeleteCommand.class})
public final class ContextCommand extends CommandGroup {
}
