package io.kzk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Builds kzk's command tree: for a run, for the shell, and for the generators of completions and man pages. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cmd = new CommandLine(new KzkCommand(environment));
        FailureHandler failures = new FailureHandler(debug);
        cmd.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setUsageHelpAutoWidth(true);
        cmd.getCommandSpec().usageMessage().footerHeading("%nExit status:%n").footer(exitStatusLines());
        return cmd;
    }

    /** A command line for generators: no environment, no output. */
    public static CommandLine forGenerators() {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        return commandLine(new CliEnvironment(java.util.Map.of(), false, false, java.io.InputStream.nullInputStream()),
                nowhere, nowhere, false);
    }

    static String[] exitStatusLines() {
        List<String> lines = new ArrayList<>();
        for (ExitCode c : ExitCode.values()) {
            lines.add(String.format("  %3d  %s", c.code(), c.meaning()));
        }
        return lines.toArray(String[]::new);
    }
}
