package io.kzk.common;

/**
 * What sort of failure a {@link KzkException} reports. The CLI maps each kind to one documented
 * exit code, so a script can tell "the cluster is down" from "that topic does not exist".
 */
public enum FailureKind {
    /** The request itself is wrong: a malformed value, an impossible combination. */
    INVALID_INPUT,
    /** The thing named (topic, znode, context, node) does not exist. */
    NOT_FOUND,
    /** A server could not be reached, or did not answer within the time allowed. */
    UNREACHABLE,
    /** Authentication failed or the principal is not allowed to do this. */
    AUTH,
    /**
     * The client's TLS or SASL settings do not fit the listener: a certificate it does not trust,
     * one for another host or expired, a SASL mechanism the broker does not enable, TLS or SASL
     * spoken to a listener that does not (or the other way round).
     */
    SECURITY_MISMATCH,
    /** The thing exists already, or was changed by someone else meanwhile. */
    CONFLICT,
    /** The operation ran and found something wrong: an unhealthy cluster, a failed check. */
    CHECK_FAILED,
    /** The operation was attempted and failed for another reason. */
    OPERATION_FAILED
}
