package io.kzk.zk;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import org.apache.zookeeper.KeeperException;

/** Turns ZooKeeper's exceptions into {@link KzkException}s that name the path and what to try. */
public final class ZkFailures {
    private ZkFailures() {
    }

    public static KzkException translate(Exception e, String what, String connectString) {
        if (e instanceof KzkException k) {
            return k;
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return KzkException.failed(what + " was interrupted", e);
        }
        if (e instanceof KeeperException k) {
            String path = k.getPath() == null ? "" : " " + k.getPath();
            return switch (k.code()) {
                case NONODE -> new KzkException(FailureKind.NOT_FOUND, what + " failed: no znode" + path, e);
                case NODEEXISTS -> new KzkException(FailureKind.CONFLICT, what + " failed: znode" + path + " exists already", e);
                case BADVERSION -> new KzkException(FailureKind.CONFLICT, what + " failed: znode" + path
                        + " was changed meanwhile (version mismatch); read it again", e);
                case NOTEMPTY -> new KzkException(FailureKind.CONFLICT, what + " failed: znode" + path + " has children", e);
                case INVALIDACL -> new KzkException(FailureKind.INVALID_INPUT, what + " failed: ZooKeeper rejected the ACL for"
                        + path + " as invalid; check the --acl value (scheme:id:perms)", e);
                case NOAUTH, AUTHFAILED -> new KzkException(FailureKind.AUTH, what + " failed: not allowed on"
                        + path + " (" + k.code() + "); give credentials with --zk-auth scheme:credentials", e);
                case CONNECTIONLOSS, SESSIONEXPIRED, OPERATIONTIMEOUT -> KzkException.unreachable(
                        what + " failed: lost the connection to ZooKeeper at " + connectString + " (" + k.code() + ")", e);
                default -> new KzkException(FailureKind.OPERATION_FAILED, what + " failed: " + k.getMessage(), e);
            };
        }
        return new KzkException(FailureKind.OPERATION_FAILED, what + " failed: " + e.getMessage(), e);
    }
}
