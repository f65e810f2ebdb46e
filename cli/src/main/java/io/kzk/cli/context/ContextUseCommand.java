package io.kzk.cli.context;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.KzkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk context use}. */
@Command(name = "use", header = "Make a context the current one.",
        description = "Makes NAME the current context: commands connect to it unless flags or KZK_* variables say otherwise.",
        footerHeading = "%nExamples:%n", footer = "  kzk context use prod")
public final class ContextUseCommand extends LeafCommand {
    @Parameters(paramLabel = "NAME", description = "The context to use.")
    String name;

    @Override
    public Integer call() {
        var store = environment().settingsFile();
        KzkSettings config = store.load();
        config.require(name, store.file());
        store.save(config.withCurrent(name));
        err().println("kzk: current context is now '" + name + "'");
        return 0;
    }
}
