package io.kzk.cli;

import java.io.PrintWriter;
import io.kzk.cli.kcat.KcatArguments;
import io.kzk.common.KzkException;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code kzk} entry point: one run of one command, then exit with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (asksOnlyForVersion(args)) {
            // before anything else: Cli's class initialisation alone (the command groups, picocli's
            // interfaces) was most of this run's time
            printVersion(new PrintWriter(System.out, false));
            System.exit(ExitCode.OK.code());
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        // Kafka's and ZooKeeper's clients log through slf4j: silent unless --debug, and never on stdout.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        String group = Cli.commandWord(args);
        ClientWarmUp.startFor("kcat".equals(group) ? KcatArguments.commandGroup(Arrays.asList(args).subList(1, args.length)) : group);
        int code = run(args, CliEnvironment.system(), new PrintWriter(System.out, false), new PrintWriter(System.err, true), true);
        System.exit(code);
    }

    private static boolean asksOnlyForVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    private static void printVersion(PrintWriter out) {
        for (String line : BuildInfo.lines()) {
            out.println(line);
        }
        out.flush();
    }

    /**
     * kcat's argument list, translated to the kzk command that does the same, and run as that.
     * Exits as kcat does: 0, or 1 for any failure (kcat has no other codes).
     */
    private static int runKcat(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err, boolean exitingNow) {
        KcatArguments.Translation translation;
        try {
            translation = KcatArguments.translate(Arrays.asList(args).subList(1, args.length), environment.stdinIsTerminal());
        } catch (KzkException e) {
            if (e instanceof KcatArguments.Refusal refusal) {
                refusal.notes().forEach(note -> err.println("% " + note));
            }
            err.println("kzk: " + e.getMessage());
            err.flush();
            return ExitCode.FAILED.code();
        }
        translation.notes().forEach(note -> err.println("% " + note));
        err.flush();
        if (translation.answer() != null) {
            // -X list, -X dump: kcat answers them itself, without a cluster
            out.print(translation.answer());
            out.flush();
            return ExitCode.OK.code();
        }
        // parsed as it stands: a translated -L or -Q is itself a kcat command line ("kcat -b B -- -L")
        int code = runParsed(translation.command().toArray(String[]::new), environment, out, err, exitingNow);
        return code == ExitCode.OK.code() ? code : ExitCode.FAILED.code();
    }

    /**
     * Runs one command line and returns its exit code.
     *
     * @param exitingNow the process exits right after: slow client closes may run on daemon threads
     */
    public static int run(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err, boolean exitingNow) {
        // Scripts ask for the version to check compatibility; that needs no command-line parser,
        // and picocli's set-up is most of a short run's time.
        if (asksOnlyForVersion(args)) {
            printVersion(out);
            return ExitCode.OK.code();
        }
        // TAB in bash, zsh and fish: candidates only, never an error on the terminal
        if (args.length > 0 && (args[0].equals(io.kzk.cli.completion.LiveCompletion.COMMAND)
                || args[0].equals(io.kzk.cli.completion.LiveCompletion.REFRESH))) {
            return io.kzk.cli.completion.LiveCompletion.run(Arrays.asList(args), environment, out);
        }
        if (args.length > 0 && args[0].equals("kcat") && !Arrays.asList(args).contains("--help") && !Arrays.asList(args).contains("-h")) {
            return runKcat(args, environment, out, err, exitingNow);
        }
        return runParsed(args, environment, out, err, exitingNow);
    }

    /** Runs one kzk command line through the command tree. */
    private static int runParsed(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err, boolean exitingNow) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cmd = Cli.commandLine(environment, out, err, debug, args);
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            // A one-shot run's policy: its sessions end with it (kzk shell closes its own when it ends).
            environment.sessions().closeAll(exitingNow);
        }
    }
}
