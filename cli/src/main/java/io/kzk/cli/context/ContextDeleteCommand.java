package io.kzk.cli.context;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.KzkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk context delete}: removes a context from the config file; nothing on any cluster changes. */
@Command(name = "delete", aliases = "rm", header = "Remove a context from the config file.",
        description = "Removes context NAME from the config file; if it was current, no context is current afterwards.",
        footerHeading = "%nExamples:%n", footer = "  kzk context delete old-dev")
public final class ContextDeleteCommand extends LeafCommand {
    @Parameters(paramLabel = "NAME", description = "The context to remove.")
    String name;

    @Override
    public Integer call() {
        var store = environment().settingsFile();
        KzkSettings config = store.load();
        config.require(name, store.file());
        store.save(config.withoutContext(name));
        err().println("kzk: deleted context '" + name + "'");
        return 0;
    }
}
