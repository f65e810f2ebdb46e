package io.kzk.cli;

import io.kzk.common.KzkException;
import io.kzk.common.Suggestions;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place failures become output: one line on stderr that says what failed and what to
 * try, and a documented exit code. Stack traces only with --debug.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debug;

    FailureHandler(boolean debug) {
        this.debug = debug;
    }

    /**
     * --debug as this command line parsed it (the shell runs many lines through one handler); the
     * raw-argv flag it was built with covers a line that failed to parse before --debug was read.
     */
    private boolean debug(CommandLine cmd) {
        return debug || cmd.getCommandSpec().root().userObject() instanceof KzkCommand root
                && root.globals() != null && root.globals().debug();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("kzk: " + message(ex, cmd) + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        if (debug(cmd)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = debug(cmd);
        ExitCode code;
        if (ex instanceof KzkException k) {
            err.println("kzk: " + k.getMessage());
            code = ExitCode.of(k.kind());
        } else if (ex instanceof InterruptedException) {
            err.println("kzk: interrupted");
            code = ExitCode.INTERRUPTED;
        } else {
            err.println("kzk: unexpected error: " + ex + (debug ? "" : " (run again with --debug for details)"));
            code = ExitCode.FAILED;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?");
    private static final Pattern MISSING_OPTION_VALUE = Pattern.compile("Missing required parameter for option '([^']+)' \\((.+)\\)");
    private static final Pattern MAP_FORMAT = Pattern.compile(
            "Value for option option '([^']+)' \\(([^)]+)\\) should be in KEY=VALUE format but was (.*)");

    /**
     * picocli's messages in kzk's words: one clause, lower case, the thing typed in quotes, and a
     * suggestion only when one is close to what was typed (picocli suggests any subcommand).
     */
    static String message(ParameterException ex, CommandLine cmd) {
        String raw = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            boolean option = first.startsWith("-") && first.length() > 1;
            Collection<String> known = new java.util.TreeSet<>(option ? cmd.getCommandSpec().optionsMap().keySet()
                    : cmd.getSubcommands().keySet());
            known.addAll(u.getSuggestions());
            String typed = option && first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            String hint = Suggestions.nearest(typed, known)
                    .or(() -> known.stream().filter(k -> k.startsWith(typed)).findFirst())
                    .map(n -> " (did you mean " + n + "?)").orElse("");
            if (option) {
                return "unknown option '" + first + "'" + hint;
            }
            if (!cmd.getSubcommands().isEmpty() && cmd.getCommandSpec().positionalParameters().isEmpty()) {
                return "unknown command '" + first + "' for '" + cmd.getCommandSpec().qualifiedName() + "'" + hint;
            }
            return (u.getUnmatched().size() == 1 ? "unexpected argument '" + first + "'"
                    : "unexpected arguments " + String.join(", ", u.getUnmatched().stream().map(a -> "'" + a + "'").toList())) + hint;
        }
        Matcher m = UNKNOWN_SUBCOMMAND.matcher(raw);
        if (m.matches()) {
            String hint = Suggestions.nearest(m.group(1), cmd.getParent() == null ? cmd.getSubcommands().keySet()
                    : cmd.getParent().getSubcommands().keySet()).map(n -> " (did you mean " + n + "?)").orElse("");
            return "unknown command '" + m.group(1) + "'" + hint;
        }
        m = MISSING_OPTION_VALUE.matcher(raw);
        if (m.matches()) {
            return m.group(1) + " needs a value: " + m.group(2);
        }
        m = MAP_FORMAT.matcher(raw);
        if (m.matches()) {
            return "invalid " + m.group(1) + " '" + m.group(3) + "': use " + m.group(2);
        }
        if (raw.startsWith("Invalid value for option '")) {
            return "invalid value for " + raw.substring("Invalid value for option '".length()).replaceFirst("'", "");
        }
        if (raw.startsWith("Missing required parameter: ")) {
            return "missing " + raw.substring("Missing required parameter: ".length());
        }
        if (raw.startsWith("Missing required option: ")) {
            return "missing " + raw.substring("Missing required option: ".length());
        }
        String out = raw.isEmpty() ? "invalid command line" : raw;
        out = out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
        return Character.toLowerCase(out.charAt(0)) + out.substring(1);
    }
}
