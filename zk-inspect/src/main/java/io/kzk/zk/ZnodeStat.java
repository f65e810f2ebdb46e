package io.kzk.zk;

import org.apache.zookeeper.data.Stat;

/**
 * A znode's metadata, as ZooKeeper's Stat holds it.
 *
 * @param ctime          creation time, epoch ms
 * @param mtime          last modification time, epoch ms
 * @param ephemeralOwner the session that owns an ephemeral node, 0 for a persistent one
 */
public record ZnodeStat(long czxid, long mzxid, long pzxid, long ctime, long mtime, int version, int cversion,
                        int aversion, long ephemeralOwner, int dataLength, int numChildren) {
    public static ZnodeStat of(Stat s) {
        return new ZnodeStat(s.getCzxid(), s.getMzxid(), s.getPzxid(), s.getCtime(), s.getMtime(), s.getVersion(),
                s.getCversion(), s.getAversion(), s.getEphemeralOwner(), s.getDataLength(), s.getNumChildren());
    }

    public boolean ephemeral() {
        return ephemeralOwner != 0;
    }
}
