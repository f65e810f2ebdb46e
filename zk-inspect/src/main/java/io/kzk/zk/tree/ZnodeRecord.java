package io.kzk.zk.tree;

import java.util.List;
import org.apache.zookeeper.data.ACL;

/**
 * One znode as exports, imports and copies carry it, relative to the subtree's root.
 *
 * @param path      "" for the root, else {@code /a/b} below it
 * @param acl       empty for open access
 * @param ephemeral ephemeral znodes are exported for the record but never recreated
 */
public record ZnodeRecord(String path, byte[] data, List<ACL> acl, boolean ephemeral) {
    public ZnodeRecord {
        acl = List.copyOf(acl);
    }

    /** This record's path under another root. */
    public String under(String root) {
        return path.isEmpty() ? root : root.equals("/") ? path : root + path;
    }

    /** The relative path of {@code absolute} within the subtree at {@code root}. */
    static String relative(String root, String absolute) {
        return absolute.equals(root) ? "" : root.equals("/") ? absolute : absolute.substring(root.length());
    }
}
