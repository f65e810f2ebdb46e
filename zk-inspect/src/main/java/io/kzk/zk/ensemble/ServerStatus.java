package io.kzk.zk.ensemble;

/**
 * One ZooKeeper server as its four-letter words ({@code srvr}, {@code mntr}) report it.
 * Fields a server did not report are null.
 *
 * @param mode  leader, follower, observer, standalone; or "unreachable", or "unknown" when the
 *              server refuses four-letter words
 * @param epoch the leader epoch, the high 32 bits of the zxid
 * @param error why the status is incomplete, null when it is not
 */
public record ServerStatus(String server, String mode, String version, String zxid, Long epoch,
                           Long latencyMin, Double latencyAvg, Long latencyMax, Long outstanding,
                           Integer connections, Long znodes, Long watches, String error) {
    static ServerStatus failed(String server, String mode, String error) {
        return new ServerStatus(server, mode, null, null, null, null, null, null, null, null, null, null, error);
    }

    ServerStatus withWatches(Long count) {
        return new ServerStatus(server, mode, version, zxid, epoch, latencyMin, latencyAvg, latencyMax, outstanding,
                connections, znodes, count, error);
    }

    /** Serving clients as part of a quorum (or alone). */
    public boolean serving() {
        return "leader".equals(mode) || "follower".equals(mode) || "standalone".equals(mode) || "observer".equals(mode);
    }
}
