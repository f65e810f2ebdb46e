package io.kzk.zk.tree;

import java.util.function.Consumer;

/** Znodes to write somewhere, parents before children, readable more than once (check, then write). */
public interface ZnodeSource {
    /** @param withData false when only paths are needed; a source may then skip reading data */
    void forEach(boolean withData, Consumer<ZnodeRecord> records);
}
