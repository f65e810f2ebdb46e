package io.kzk.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code kzk} entry point: one run of one command, then exit with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Scripts ask for the version to check compatibility; that needs no command-line parser,
        // and picocli's set-up is most of a short run's time.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("kzk " + KzkVersion.version());
            return;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        // Kafka's and ZooKeeper's clients log through slf4j: silent unless --debug, and never on stdout.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        ClientWarmUp.startFor(Cli.commandWord(args));
        System.exit(run(args, CliEnvironment.system(), debug));
    }

    static int run(String[] args, CliEnvironment environment, boolean debug) {
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine cmd = Cli.commandLine(environment, out, err, debug, args);
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            ((KzkCommand) cmd.getCommandSpec().userObject()).closeSession(true);
        }
    }
}
