package io.kzk.zk;

/** A child of a listed znode, with its stat when asked for (null otherwise). */
public record ZnodeEntry(String name, String path, ZnodeStat stat) {
}
