package io.kzk.cli.sandbox;

import io.kzk.cli.LeafCommand;
import io.kzk.sandbox.Sandbox;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code kzk sandbox down}: stop everything and leave nothing behind. */
@Command(name = "down", header = "Stop the sandbox and delete its data, logs and context.",
        description = {
            "Stops every sandbox process (brokers first, then ZooKeeper or the controller), deletes the",
            "sandbox folder, and removes the 'sandbox' context. Nothing else is touched: this deletes a",
            "local throw-away cluster only. Running it when there is no sandbox is not an error."},
        footerHeading = "%nExamples:%n", footer = "  kzk sandbox down")
public final class SandboxDownCommand extends LeafCommand {
    @Override
    public Integer call() {
        var dir = environment().sandboxDirectory();
        Optional<Sandbox> sandbox = Sandbox.attach(dir);
        sandbox.ifPresent(Sandbox::down);
        var store = environment().settingsFile();
        var config = store.load();
        if (config.context(SandboxUpCommand.CONTEXT).isPresent()) {
            store.save(config.withoutContext(SandboxUpCommand.CONTEXT));
        }
        err().println(sandbox.isPresent() ? "kzk: sandbox stopped and deleted (" + dir + ")" : "kzk: no sandbox in " + dir);
        return 0;
    }
}
