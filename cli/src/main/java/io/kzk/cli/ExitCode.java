package io.kzk.cli;

import io.kzk.common.FailureKind;

/**
 * kzk's exit codes: the contract scripts rely on. README and every man page list them from here.
 */
public enum ExitCode {
    OK(0, "success; for checks, the cluster is healthy"),
    FAILED(1, "the operation failed"),
    USAGE(2, "usage error: unknown option, malformed value, missing argument"),
    UNREACHABLE(3, "a server could not be reached or did not answer within --timeout"),
    NOT_FOUND(4, "what was named does not exist (topic, znode, context, sandbox)"),
    UNHEALTHY(5, "a check ran and found a problem (e.g. under-replicated partitions)"),
    CONFLICT(6, "it exists already, or was changed by someone else meanwhile"),
    AUTH(7, "authentication failed or the operation is not authorized"),
    PENDING(8, "a dry run found changes to make (topic/reassign apply --dry-run), zk diff found differences,"
            + " or reassign status found moves not done yet"),
    SECURITY_MISMATCH(9, "the client's TLS or SASL settings do not fit the broker's listener: certificate not trusted,"
            + " for another host or expired; SASL mechanism not enabled; TLS or SASL where the listener has none, or the other way round"),
    INTERRUPTED(130, "interrupted (Ctrl-C)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static ExitCode of(FailureKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case UNREACHABLE -> UNREACHABLE;
            case AUTH -> AUTH;
            case SECURITY_MISMATCH -> SECURITY_MISMATCH;
            case CONFLICT -> CONFLICT;
            case CHECK_FAILED -> UNHEALTHY;
            case OPERATION_FAILED -> FAILED;
        };
    }
}
