package io.kzk.cli.zk;

import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.ZnodeService;
import io.kzk.zk.tree.ZnodeWalker;
import java.util.ArrayList;
import java.util.EnumSet;
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
    public record DeletedView(String path, long znodes, boolean dryRun, List<String> paths) {
    }

    @Override
    public Integer call() {
        io.kzk.zk.ZkPaths.validate(path);
        if (path.equals("/") || path.equals("/zookeeper") || path.startsWith("/zookeeper/")) {
            throw KzkException.invalidInput("refusing to delete " + path + ": it belongs to ZooKeeper itself");
        }
        ZnodeService znodes = new ZnodeService(session().zookeeper(), globals().timeout());
        if (recursive && version != -1) {
            throw KzkException.invalidInput("--version applies to one znode; -r deletes a subtree whatever its versions");
        }
        List<String> paths = new ArrayList<>();
        if (recursive) {
            new ZnodeWalker(ZkConnections.handle(session().zookeeper()), globals().timeout())
                    .walk(path, -1, EnumSet.noneOf(ZnodeWalker.Extra.class), v -> paths.add(v.path()));
        } else {
            znodes.stat(path);
            paths.add(path);
        }
        if (dryRun) {
            output().emit(new DeletedView(path, paths.size(), true, paths), List.of(new Block.Lines("Would delete "
                    + Plural.of(paths.size(), "znode"), paths.stream().map(Cell::of).toList())));
            return 0;
        }
        if (recursive) {
            List<String> shown = paths.size() <= 20 ? paths : List.of(path + " and " + (paths.size() - 1) + " znodes under it");
            Confirmation.require(environment(), err(), confirm.yes(), "delete " + Plural.of(paths.size(), "znode"), shown);
            long deleted = znodes.deleteAll(paths);
            output().emit(new DeletedView(path, deleted, false, null),
                    List.of(new Block.Lines(null, List.of(Cell.of("deleted " + path + " (" + deleted + " znodes)")))));
        } else {
            znodes.delete(path, version);
            output().emit(new DeletedView(path, 1, false, null), List.of(new Block.Lines(null, List.of(Cell.of("deleted " + path)))));
        }
        return 0;
    }
}
