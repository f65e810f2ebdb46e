package io.kzk.cli;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Asks before a destructive change. With {@code --yes} it does not ask; on a terminal it lists
 * what will go and asks; without a terminal it refuses, because a script that forgot --yes must
 * not delete anything.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /**
     * Returns when the change may go ahead; throws when it may not.
     *
     * @param action what will be done, as a verb phrase: "delete 3 topics"
     * @param items  the things it will be done to, listed on the terminal before asking
     */
    public static void require(CliEnvironment environment, PrintWriter err, boolean yes, String action, List<String> items) {
        if (yes) {
            return;
        }
        if (!environment.stdinIsTerminal()) {
            throw KzkException.invalidInput("refusing to " + action + " without --yes: stdin is not a terminal to confirm on;"
                    + " see what would happen with --dry-run"); // every command that asks has --dry-run
        }
        err.println("kzk: about to " + action + ":");
        items.forEach(i -> err.println("  " + i));
        err.flush();
        Prompter prompter = environment.prompter() != null ? environment.prompter() : question -> {
            err.print(question);
            err.flush();
            try {
                return new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                return null;
            }
        };
        String answer = prompter.ask("Go ahead? [y/N] ");
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw new KzkException(FailureKind.OPERATION_FAILED, "not confirmed: nothing was changed");
        }
    }
}
