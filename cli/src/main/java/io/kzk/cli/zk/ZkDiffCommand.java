package io.kzk.cli.zk;

import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.SubtreeDiff;
import io.kzk.zk.tree.SubtreeSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk diff}. */
@Command(name = "diff", header = "Compare two subtrees: added, removed and changed znodes; exit 8 when they differ.",
        description = {
            "Compares PATH1's subtree with PATH2's (in this ensemble, or with --zookeeper2 in another) by",
            "relative path and data: + only in PATH2, - only in PATH1, ~ data differs, with a line diff for",
            "text. Exits 0 when they are the same and 8 when they differ."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk diff /app /app-backup", "  kzk zk diff /config /config --zookeeper2 dr-zk:2181/kafka -o json"})
public final class ZkDiffCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "PATH1", description = "The first subtree.")
    String left;

    @Parameters(index = "1", paramLabel = "PATH2", description = "The second subtree.")
    String right;

    @Option(names = "--zookeeper2", paramLabel = "CONNECT", description = "The ensemble PATH2 is in, host:port[,...][/chroot].")
    String zookeeper2;

    @Override
    public Integer call() {
        CuratorFramework first = session().zookeeper();
        var leftTree = new SubtreeSource(ZkConnections.handle(first), globals().timeout(), left);
        SubtreeDiff.Result result;
        if (zookeeper2 == null) {
            result = SubtreeDiff.compare(left, leftTree, right, new SubtreeSource(ZkConnections.handle(first), globals().timeout(), right));
        } else {
            try (CuratorFramework second = ZkConnections.connect(zookeeper2, session().connection().zkAuth(),
                    session().connection().zkConfig(), globals().timeout())) {
                result = SubtreeDiff.compare(left, leftTree, right, new SubtreeSource(ZkConnections.handle(second), globals().timeout(), right));
            }
        }
        List<Cell> lines = new ArrayList<>();
        for (SubtreeDiff.Difference d : result.differences()) {
            switch (d.kind()) {
                case ADDED -> lines.add(Cell.styled("+ " + d.path() + "  (" + d.bytesAfter() + " bytes)", Style.GOOD));
                case REMOVED -> lines.add(Cell.styled("- " + d.path() + "  (" + d.bytesBefore() + " bytes)", Style.BAD));
                case CHANGED -> {
                    lines.add(Cell.styled("~ " + d.path() + "  (" + d.bytesBefore() + " → " + d.bytesAfter() + " bytes)", Style.WARN));
                    d.lines().forEach(l -> lines.add(Cell.styled("    " + l,
                            l.startsWith("+") ? Style.GOOD : l.startsWith("-") ? Style.BAD : Style.DIM)));
                }
            }
        }
        if (result.same()) {
            lines.add(Cell.of("same: " + result.leftNodes() + " znodes each"));
        }
        output().emit(result, List.of(new Block.Lines(null, lines)));
        return result.same() ? ExitCode.OK.code() : ExitCode.PENDING.code();
    }
}
