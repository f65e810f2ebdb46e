package io.kzk.cli.sandbox;

import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import io.kzk.sandbox.Sandbox;
import picocli.CommandLine.Command;

/** {@code kzk sandbox status}. */
@Command(name = "status", header = "Show the sandbox's addresses and processes.",
        description = "Shows the sandbox's bootstrap servers, ZooKeeper, folder, and each node with its pid and state. Exits 4 when there is no sandbox.",
        footerHeading = "%nExamples:%n", footer = {"  kzk sandbox status", "  kzk sandbox status -o json"})
public final class SandboxStatusCommand extends LeafCommand {
    @Override
    public Integer call() {
        var dir = environment().sandboxDirectory();
        Sandbox sandbox = Sandbox.attach(dir).orElseThrow(() -> KzkException.notFound(
                "no sandbox in " + dir + ": start one with 'kzk sandbox up'"));
        SandboxDocument document = SandboxDocument.of(sandbox);
        output().emit(document, document.blocks());
        return 0;
    }
}
