package io.kzk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code kzk help [COMMAND...]}: the help of the command the words name, however deep
 * ({@code kzk help topic create}); picocli's own help command reads only the first word.
 */
@Command(name = "help", header = "Show the help of a command: kzk help topic create.", helpCommand = true)
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as typed: topic create.")
    List<String> commands = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String word : commands) {
            CommandLine next = target.getSubcommands().get(word);
            if (next == null) {
                // the failure handler words it: "unknown command 'x'"
                throw new CommandLine.ParameterException(self, "Unknown subcommand '" + word + "'.", null, word);
            }
            target = next;
        }
        target.usage(out, colors);
        out.flush();
    }
}
