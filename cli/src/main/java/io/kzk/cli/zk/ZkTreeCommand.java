package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.tree.TreeNode;
import io.kzk.zk.tree.TreeBuilder;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk tree}. */
@Command(name = "tree", header = "Draw a subtree with node and byte counts.",
        description = {
            "Walks PATH's subtree (down to --depth levels) with many requests in flight and draws it,",
            "each node with the znodes and data bytes below it. -o json gives the nested tree."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk tree /brokers", "  kzk zk tree / --depth 2", "  kzk zk tree /config -o json"})
public final class ZkTreeCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "An absolute znode path (default: /).")
    String path;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "-1", description = "Levels below PATH to walk (default: all).")
    int depth;

    @Override
    public Integer call() {
        var zk = session().zookeeper();
        TreeNode root;
        try {
            root = new TreeBuilder(zk.getZookeeperClient().getZooKeeper(), globals().timeout())
                    .walk(path, depth);
        } catch (io.kzk.common.KzkException e) {
            throw e;
        } catch (Exception e) {
            throw io.kzk.zk.ZkFailures.translate(e, "walking " + path, session().connection().zookeeper());
        }
        List<Cell> lines = new ArrayList<>();
        lines.add(Cell.of(root.path() + "  (" + root.subtreeNodes() + " nodes, " + root.subtreeBytes() + " bytes)"));
        draw(root, "", lines);
        output().emit(root, List.of(new Block.Lines(null, lines)));
        return 0;
    }

    private static void draw(TreeNode node, String indent, List<Cell> lines) {
        for (int i = 0; i < node.children().size(); i++) {
            TreeNode c = node.children().get(i);
            boolean last = i == node.children().size() - 1;
            String counts = c.subtreeNodes() > 1 ? "  (" + c.subtreeNodes() + " nodes, " + c.subtreeBytes() + " bytes)"
                    : c.stat().numChildren() > 0 ? "  (" + c.stat().numChildren() + " children not walked)" : "";
            lines.add(Cell.of(indent + (last ? "└── " : "├── ") + c.name() + counts));
            draw(c, indent + (last ? "    " : "│   "), lines);
        }
    }
}
