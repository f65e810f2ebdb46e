package io.kzk.cli.shell;

import io.kzk.cli.CliEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** {@code kzk shell} at a terminal: JLine's line editor, completion from the cluster, history, Ctrl-C for the running command. */
final class InteractiveShell {
    private InteractiveShell() {
    }

    static int run(CliEnvironment outer, Map<String, String> env, PrintWriter out, PrintWriter err) throws IOException {
        TerminalCancellation cancellation = new TerminalCancellation();
        LineReader[] asker = new LineReader[1];
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
             Shell shell = new Shell(outer, env, out, err, true, cancellation, question -> ask(asker[0], question))) {
            terminal.handle(Terminal.Signal.INT, s -> cancellation.ctrlC());
            LiveNames names = shell.names();
            Path history = History.file(env);
            History.protect(history);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("kzk")
                    .completer(new ShellCompleter(shell, names))
                    .parser(shell.parser())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M> ")
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.LIST_MAX, 200)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            asker[0] = LineReaderBuilder.builder().terminal(terminal).appName("kzk")
                    .variable(LineReader.DISABLE_HISTORY, true).build();
            shell.tree(); // before the first prompt, so the first TAB is quick
            names.warmUp(shell.loaders());
            while (!shell.exitRequested()) {
                String line;
                try {
                    line = reader.readLine(shell.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                cancellation.commandStarts(Thread.currentThread());
                try {
                    shell.run(line);
                } finally {
                    cancellation.commandEnds();
                }
            }
            reader.getHistory().save();
            History.protect(history);
        }
        return 0;
    }

    private static String ask(LineReader reader, String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }
}
