package io.kzk.cli.zk;

import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZnodeService;
import io.kzk.cli.output.Plural;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk delete}. */
@Command(name = "delete", header = "Delete a znode, or with -r its whole subtree.",
        description = {
            "Deletes PATH. With --version N only if it is still at version N. With -r, PATH and everything",
            "under it: counts what would go, asks on a terminal, needs --yes without one; --dry-run lists",
            "it. Deletion goes children first; if it stops, it says how many znodes went before."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk delete /app/lock", "  kzk zk delete -r /old-app --dry-run", "  kzk zk delete -r /old-app --yes"})
public final class ZkDeleteCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Option(names = "--version", paramLabel = "N", defaultValue = "-1", description = "Delete only if the znode is at this version.")
    int version;

    @Option(names = {"-r", "--recursive"}, description = "Delete the whole subtree.")
    boolean recursive;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "Show what would be deleted; delete nothing.")
    boolean dryRun;

    /** What {@code zk delete} prints as JSON. */
    public record DeletedDocument(String path, long znodes, boolean dryRun, List<String> paths) {
    }

    @Override
    public Integer call() {
        ZnodeService.requireDeletable(path, recursive, version); // bad input is refused before ZooKeeper is asked
        ZnodeService znodes = new ZnodeService(session().zookeeper(), globals().timeout());
        ZnodeService.DeletePlan plan = znodes.planDelete(path, recursive, version);
        List<String> paths = plan.paths();
        if (dryRun) {
            output().emit(new DeletedDocument(path, paths.size(), true, paths), List.of(new Block.Lines("Would delete "
                    + Plural.of(paths.size(), "znode"), paths.stream().map(Cell::of).toList())));
            return 0;
        }
        if (recursive) {
            List<String> shown = paths.size() <= 20 ? paths : List.of(path + " and " + (paths.size() - 1) + " znodes under it");
            Confirmation.require(environment(), err(), confirm.yes(), "delete " + Plural.of(paths.size(), "znode"), shown);
        }
        long deleted = znodes.delete(plan);
        output().emit(new DeletedDocument(path, deleted, false, null), List.of(new Block.Lines(null, List.of(Cell.of(
                recursive ? "deleted " + path + " (" + deleted + " znodes)" : "deleted " + path)))));
        return 0;
    }
}
