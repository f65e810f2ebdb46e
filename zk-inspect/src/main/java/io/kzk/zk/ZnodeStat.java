package io.kzk.zk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.zookeeper.data.Stat;

/**
 * A znode's metadata, as ZooKeeper's Stat holds it.
 *
 * @param ctime          creation time, epoch ms
 * @param mtime          last modification time, epoch ms
 * @param ephemeralOwner the session that owns an ephemeral node, 0 for a persistent one; in JSON
 *                       {@link #session()}: session ids use all 64 bits, which JSON numbers
 *                       (doubles to jq and JavaScript) cannot hold exactly
 */
public record ZnodeStat(long czxid, long mzxid, long pzxid, long ctime, long mtime, int version, int cversion,
                        int aversion, @JsonIgnore long ephemeralOwner, int dataLength, int numChildren) {
    /** The owning session as kzk writes session ids everywhere, {@code 0x…}; null for a persistent znode. */
    @JsonProperty("ephemeral_owner")
    public String session() {
        return sessionId(ephemeralOwner);
    }

    /** {@code 0x…} for a session id, null for 0 (no session). */
    public static String sessionId(long id) {
        return id == 0 ? null : "0x" + Long.toHexString(id);
    }

    public static ZnodeStat of(Stat s) {
        return new ZnodeStat(s.getCzxid(), s.getMzxid(), s.getPzxid(), s.getCtime(), s.getMtime(), s.getVersion(),
                s.getCversion(), s.getAversion(), s.getEphemeralOwner(), s.getDataLength(), s.getNumChildren());
    }

    @JsonIgnore
    public boolean ephemeral() {
        return ephemeralOwner != 0;
    }
}
