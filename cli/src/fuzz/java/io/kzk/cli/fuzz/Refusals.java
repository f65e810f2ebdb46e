package io.kzk.cli.fuzz;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;

/**
 * What a parser may do with any input: accept it, or refuse it with a {@link KzkException} of
 * a kind the CLI maps to a documented exit code, in one line. Anything else it throws (a
 * NumberFormatException, an IllegalArgumentException, a NullPointerException) is a crash: the
 * CLI would report it as "unexpected error", exit 1.
 */
final class Refusals {
    private Refusals() {
    }

    static void acceptOrRefuse(String input, Runnable parse) {
        try {
            parse.run();
        } catch (KzkException e) {
            if (e.kind() != FailureKind.INVALID_INPUT && e.kind() != FailureKind.NOT_FOUND) {
                throw new AssertionError("refused as " + e.kind() + ": " + e.getMessage(), e);
            }
            boolean oneLineInput = input.indexOf('\n') < 0 && input.indexOf('\r') < 0 && input.indexOf('\u0085') < 0
                    && input.indexOf('\u2028') < 0 && input.indexOf('\u2029') < 0 && input.indexOf('\u000b') < 0
                    && input.indexOf('\f') < 0;
            if (e.getMessage() == null || e.getMessage().isBlank() || oneLineInput && e.getMessage().lines().count() != 1) {
                throw new AssertionError("not a one-line message: " + e.getMessage(), e);
            }
        }
    }
}
