package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.tree.SubtreeSource;
import io.kzk.zk.tree.SubtreeWriter;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk copy}. */
@Command(name = "copy", header = "Copy a subtree, within one ensemble or to another.",
        description = {
            "Copies SRC's subtree (data and ACLs; not ephemeral znodes) to DST, in this ensemble or, with",
            "--to-zookeeper, another (with the same --zk-auth). Every destination is checked first: if any",
            "exists, nothing is written unless --overwrite."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk copy /app /app-backup", "  kzk zk copy /kafka /kafka --to-zookeeper new-zk:2181 --dry-run"})
public final class ZkCopyCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "SRC", description = "The subtree to copy.")
    String source;

    @Parameters(index = "1", paramLabel = "DST", description = "Where its root goes.")
    String destination;

    @Option(names = "--to-zookeeper", paramLabel = "CONNECT", description = "The destination ensemble, host:port[,...][/chroot].")
    String toZookeeper;

    @Option(names = "--overwrite", description = "Replace the data of znodes that exist already.")
    boolean overwrite;

    @Option(names = "--dry-run", description = "Count what would be created and overwritten; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        ZnodePaths.validate(source);
        ZnodePaths.validate(destination);
        if (toZookeeper == null && (destination.equals(source) || destination.startsWith(source.equals("/") ? "/" : source + "/"))) {
            throw KzkException.invalidInput("cannot copy " + source + " into itself (" + destination + "): choose a DST outside it");
        }
        CuratorFramework from = session().zookeeper();
        var sourceTree = new SubtreeSource(ZkConnections.handle(from), globals().timeout(), source);
        SubtreeWriter.Result result;
        if (toZookeeper == null) {
            result = new SubtreeWriter(ZkConnections.handle(from), globals().timeout()).write(sourceTree, destination, overwrite, dryRun);
        } else {
            try (CuratorFramework to = ZkConnections.connect(toZookeeper, session().connection().zkAuth(),
                    session().connection().zkConfig(), globals().timeout())) {
                result = new SubtreeWriter(ZkConnections.handle(to), globals().timeout()).write(sourceTree, destination, overwrite, dryRun);
            }
        }
        output().emit(result, List.of(new Block.Lines(null, List.of(Cell.of(ZkImportCommand.summary(result))))));
        return 0;
    }
}
