package io.kzk.zk.ensemble;

/**
 * One ZooKeeper server as its {@code srvr} command reports it.
 *
 * @param mode    leader, follower, observer, standalone; or "unreachable", or "unknown" when the
 *                server refuses four-letter words
 * @param error   why the status is incomplete, null when it is not
 */
public record ServerStatus(String server, String mode, String version, String zxid, Long znodes,
                           Integer connections, String error) {
    static ServerStatus failed(String server, String mode, String error) {
        return new ServerStatus(server, mode, null, null, null, null, error);
    }
}
