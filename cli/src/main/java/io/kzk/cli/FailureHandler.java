package io.kzk.cli;

import io.kzk.common.KzkException;
import java.io.PrintWriter;
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
        String message = ex.getMessage().lines().findFirst().orElse("invalid command line");
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        err.println("kzk: " + message + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
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
}
