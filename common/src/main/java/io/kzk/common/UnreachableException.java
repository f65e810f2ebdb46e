package io.kzk.common;

/**
 * A server could not be reached or did not answer in time ({@link FailureKind#UNREACHABLE}). Its
 * own type so that a caller that can carry on without a server (a health check that still has
 * the brokers when ZooKeeper is down) catches exactly this and lets every other failure through.
 */
public class UnreachableException extends KzkException {
    public UnreachableException(String message, Throwable cause) {
        super(FailureKind.UNREACHABLE, message, cause);
    }
}
