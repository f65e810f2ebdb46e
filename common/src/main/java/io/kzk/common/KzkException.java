package io.kzk.common;

/**
 * A failure a person can act on. The message says what failed, on which address or path, and
 * what to try; it is printed as one line, so it must not rely on a stack trace to be understood.
 */
public class KzkException extends RuntimeException {
    private final FailureKind kind;

    public KzkException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public KzkException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }

    /**
     * The same failure told with more context ("… (3 of 5 steps were applied before this one)"):
     * of the same kind and type, so that a caller catching {@link UnreachableException} still does.
     */
    public KzkException withMessage(String message) {
        return kind == FailureKind.UNREACHABLE ? new UnreachableException(message, this) : new KzkException(kind, message, this);
    }

    public static KzkException invalidInput(String message) {
        return new KzkException(FailureKind.INVALID_INPUT, message);
    }

    public static KzkException notFound(String message) {
        return new KzkException(FailureKind.NOT_FOUND, message);
    }

    /** Unreachable failures have their own type: create them here, not with the constructor. */
    public static UnreachableException unreachable(String message, Throwable cause) {
        return new UnreachableException(message, cause);
    }

    public static KzkException failed(String message, Throwable cause) {
        return new KzkException(FailureKind.OPERATION_FAILED, message, cause);
    }
}
