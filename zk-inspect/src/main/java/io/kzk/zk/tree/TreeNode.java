package io.kzk.zk.tree;

import io.kzk.zk.ZnodeStat;
import java.util.List;

/**
 * A znode and, down to the depth walked, its subtree.
 *
 * @param children     sorted by name; empty beyond the depth walked (see {@code stat.numChildren()})
 * @param subtreeNodes znodes in this subtree as walked, this one included
 * @param subtreeBytes data bytes in this subtree as walked
 */
public record TreeNode(String name, String path, ZnodeStat stat, List<TreeNode> children, long subtreeNodes,
                       long subtreeBytes) {
    public TreeNode {
        children = List.copyOf(children);
    }
}
