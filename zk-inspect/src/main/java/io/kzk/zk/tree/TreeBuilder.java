package io.kzk.zk.tree;

import io.kzk.zk.ZnodePaths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.zookeeper.ZooKeeper;

/** Builds a {@link TreeNode} from a pipelined walk: for drawing, so the tree is held whole. */
public final class TreeBuilder {
    private final ZnodeWalker walker;

    public TreeBuilder(ZooKeeper zk, Duration timeout) {
        this.walker = new ZnodeWalker(zk, timeout);
    }

    /** @param maxDepth levels below {@code root} to walk; negative for all */
    public TreeNode walk(String root, int maxDepth) {
        Map<String, ZnodeWalker.Visit> visited = new HashMap<>();
        walker.walk(root, maxDepth, EnumSet.noneOf(ZnodeWalker.Extra.class), v -> visited.put(v.path(), v));
        return build(root, visited, maxDepth);
    }

    private static TreeNode build(String path, Map<String, ZnodeWalker.Visit> visited, int maxDepth) {
        ZnodeWalker.Visit v = visited.get(path);
        List<TreeNode> children = new ArrayList<>();
        long nodes = 1;
        long bytes = v.stat().dataLength();
        if (maxDepth < 0 || v.depth() < maxDepth) {
            for (String c : v.children()) {
                String childPath = ZnodePaths.child(path, c);
                if (visited.containsKey(childPath)) {
                    TreeNode child = build(childPath, visited, maxDepth);
                    children.add(child);
                    nodes += child.subtreeNodes();
                    bytes += child.subtreeBytes();
                }
            }
        }
        return new TreeNode(ZnodePaths.name(path), path, v.stat(), children, nodes, bytes);
    }
}
