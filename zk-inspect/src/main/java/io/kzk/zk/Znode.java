package io.kzk.zk;

/** A znode's data and stat. */
public record Znode(String path, byte[] data, ZnodeStat stat) {
}
