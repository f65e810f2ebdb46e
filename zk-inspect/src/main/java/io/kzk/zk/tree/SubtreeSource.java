package io.kzk.zk.tree;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.zookeeper.ZooKeeper;

/** A live subtree as a {@link ZnodeSource}: walked again each time it is read. */
public final class SubtreeSource implements ZnodeSource {
    private final ZnodeWalker walker;
    private final String root;

    public SubtreeSource(ZooKeeper zk, Duration timeout, String root) {
        this.walker = new ZnodeWalker(zk, timeout);
        this.root = root;
    }

    @Override
    public void forEach(boolean withData, Consumer<ZnodeRecord> records) {
        walker.walk(root, -1, withData ? EnumSet.allOf(ZnodeWalker.Extra.class) : EnumSet.noneOf(ZnodeWalker.Extra.class),
                v -> records.accept(new ZnodeRecord(ZnodeRecord.relative(root, v.path()), withData ? v.data() : new byte[0],
                        withData ? v.acl() : List.of(), v.stat().ephemeral())));
    }
}
