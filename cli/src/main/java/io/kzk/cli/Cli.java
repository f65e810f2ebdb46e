package io.kzk.cli;

import io.kzk.cli.broker.BrokerCommand;
import io.kzk.cli.cluster.ClusterCommand;
import io.kzk.cli.completion.CompletionCommand;
import io.kzk.cli.config.ConfigCommand;
import io.kzk.cli.context.ContextCommand;
import io.kzk.cli.sandbox.SandboxCommand;
import io.kzk.cli.topic.TopicCommand;
import io.kzk.cli.zk.ZkCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Builds kzk's command tree: for a run, for the shell, and for the generators of completions and man pages. */
public final class Cli {
    /**
     * The command groups in the order help lists them, made only when a run needs them: picocli
     * reads every annotation of every command it is given, which is most of kzk's start-up time
     * for a short command.
     */
    static final Map<String, Supplier<Object>> GROUPS = new LinkedHashMap<>();

    /** The commands of the groups that have them (each group lists its own; read only for the group a run builds). */
    static final Map<String, Supplier<List<Subcommand>>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        GROUPS.put("topic", TopicCommand::new);
        GROUPS.put("config", ConfigCommand::new);
        GROUPS.put("cluster", ClusterCommand::new);
        GROUPS.put("broker", BrokerCommand::new);
        GROUPS.put("produce", io.kzk.cli.produce.ProduceCommand::new);
        GROUPS.put("consume", io.kzk.cli.consume.ConsumeCommand::new);
        GROUPS.put("group", io.kzk.cli.group.GroupCommand::new);
        GROUPS.put("reassign", io.kzk.cli.reassign.ReassignCommand::new);
        GROUPS.put("elect", io.kzk.cli.elect.ElectCommand::new);
        GROUPS.put("kcat", io.kzk.cli.kcat.KcatCommand::new);
        GROUPS.put("zk", ZkCommand::new);
        GROUPS.put("context", ContextCommand::new);
        GROUPS.put("sandbox", SandboxCommand::new);
        GROUPS.put("shell", io.kzk.cli.shell.ShellCommand::new);
        GROUPS.put("completion", CompletionCommand::new);
        GROUPS.put("help", HelpCommand::new);
        SUBCOMMANDS.put("topic", () -> TopicCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("config", () -> ConfigCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("cluster", () -> ClusterCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("broker", () -> BrokerCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("group", () -> io.kzk.cli.group.GroupCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("reassign", () -> io.kzk.cli.reassign.ReassignCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("elect", () -> io.kzk.cli.elect.ElectCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("zk", () -> ZkCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("context", () -> ContextCommand.SUBCOMMANDS);
        SUBCOMMANDS.put("sandbox", () -> SandboxCommand.SUBCOMMANDS);
    }

    /** The global options that take a value, for {@link #commandWords} (CommandRegistryTest ties it to GlobalOptions). */
    static final Set<String> VALUE_OPTIONS = Set.of("-b", "--bootstrap-server", "-z", "--zookeeper",
            "--command-config", "-X", "--zk-auth", "--zk-config", "--context", "--timeout", "-o", "--output");

    private Cli() {
    }

    /** The first word that is neither an option nor an option's value: the command group, if any. */
    static String commandWord(String[] args) {
        List<String> words = commandWords(args, 1);
        return words.isEmpty() ? null : words.get(0);
    }

    /**
     * The first {@code max} words that are neither options nor the values of global options: the
     * command group, then its command. A command's own options come after its name; given before
     * it they are an error picocli reports whichever commands are built.
     */
    static List<String> commandWords(String[] args, int max) {
        List<String> words = new ArrayList<>(max);
        for (int i = 0; i < args.length && words.size() < max; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (!a.startsWith("-")) {
                words.add(a);
            } else if (VALUE_OPTIONS.contains(a)) {
                i++;
            }
        }
        return words;
    }

    /** The whole tree: for help, completion scripts and man pages. */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(environment, out, err, debug, null);
    }

    /**
     * The tree a run of {@code args} needs: the named group alone when the arguments name one
     * that needs nothing else, the whole tree otherwise.
     */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err, boolean debug,
                                          String[] args) {
        CommandLine cmd = new CommandLine(new KzkCommand(environment));
        List<String> words = args == null ? List.of() : commandWords(args, 2);
        String group = words.isEmpty() ? null : words.get(0);
        if (group != null && GROUPS.containsKey(group) && !group.equals("help") && !group.equals("completion")) {
            cmd.addSubcommand(group, group(group, words.size() > 1 ? words.get(1) : null));
        } else if (group == null && args != null && Arrays.stream(args).anyMatch(a -> a.equals("--version") || a.equals("-V"))) {
            // the version needs no command at all
        } else {
            GROUPS.keySet().forEach(name -> cmd.addSubcommand(name, group(name, null)));
        }
        CommandLine produce = cmd.getSubcommands().get("produce");
        if (produce != null) {
            io.kzk.cli.produce.ProduceCommand.claimShortZ(produce.getCommandSpec());
        }
        FailureHandler failures = new FailureHandler(debug);
        cmd.setExecutionStrategy(Cli::checkOutputThenRun);
        cmd.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setUsageHelpAutoWidth(true);
        cmd.getCommandSpec().usageMessage().footerHeading("%nExit status:%n").footer(exitStatusLines());
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(cmd.getHelpSectionMap());
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, Cli::optionList);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, Cli::description);
        cmd.setHelpSectionMap(sections); // the whole tree built so far
        return cmd;
    }

    /**
     * The group {@code name} with the one command {@code commandWord} names, or with all of its
     * commands when that names none of them (no word, a typo, the group's own help): then its
     * help, its list of choices and picocli's suggestions are the same as ever.
     */
    private static Object group(String name, String commandWord) {
        Object group = GROUPS.get(name).get();
        Supplier<List<Subcommand>> listed = SUBCOMMANDS.get(name);
        if (listed == null) {
            return group; // a command, not a group
        }
        CommandLine line = new CommandLine(group);
        List<Subcommand> named = commandWord == null ? List.of()
                : listed.get().stream().filter(s -> s.names().contains(commandWord)).toList();
        for (Subcommand s : named.isEmpty() ? listed.get() : named) {
            line.addSubcommand(s.make().get());
        }
        return line;
    }

    /**
     * A command's description as paragraphs filled to the help's width: the annotations hold it
     * in lines of about 100 characters, which picocli wraps one by one, raggedly, at 80 columns
     * (a pipe) or on a narrow terminal. Lines that start with spaces (lists, examples) stay lines;
     * an empty line separates paragraphs.
     */
    private static String description(CommandLine.Help help) {
        String[] lines = help.commandSpec().usageMessage().description();
        if (lines.length == 0) {
            return "";
        }
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = raw.contains("%") ? String.format(raw) : raw;
            if (line.isBlank() || line.startsWith(" ")) {
                fill(paragraph, width, out);
                out.append(line.isBlank() ? "" : line).append(System.lineSeparator());
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        fill(paragraph, width, out);
        return out.toString();
    }

    private static void fill(StringBuilder paragraph, int width, StringBuilder out) {
        if (paragraph.length() == 0) {
            return;
        }
        int column = 0;
        for (String word : paragraph.toString().split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                out.append(System.lineSeparator());
                column = 0;
            }
            out.append(column == 0 ? "" : " ").append(word);
            column += (column == 0 ? 0 : 1) + word.length();
        }
        out.append(System.lineSeparator());
        paragraph.setLength(0);
    }

    /**
     * A command's own options first, then the ones every command takes under their own heading:
     * mixed alphabetically, a subcommand's two or three options drowned among thirteen global ones.
     */
    private static String optionList(CommandLine.Help help) {
        List<CommandLine.Model.OptionSpec> own = new ArrayList<>();
        List<CommandLine.Model.OptionSpec> global = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : help.commandSpec().options()) {
            if (!o.hidden()) {
                (o.inherited() || o.usageHelp() || o.versionHelp() ? global : own).add(o);
            }
        }
        StringBuilder out = new StringBuilder();
        if (!own.isEmpty()) {
            out.append(help.optionListExcludingGroups(own, help.createDefaultLayout(), help.createDefaultOptionSort(),
                    help.createDefaultParamLabelRenderer()));
        }
        if (!global.isEmpty()) {
            out.append(String.format("%nGlobal options:%n")).append(help.optionListExcludingGroups(global, help.createDefaultLayout(),
                    help.createDefaultOptionSort(), help.createDefaultParamLabelRenderer()));
        }
        return out.toString();
    }

    /**
     * A malformed -o is refused before the command runs, not when it prints, after its work is
     * done; consume alone takes kcat's offsets there too.
     */
    private static int checkOutputThenRun(CommandLine.ParseResult parsed) {
        CommandLine leaf = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
        ((KzkCommand) parsed.commandSpec().userObject()).beginCommandLine();
        if (!(leaf.getCommandSpec().userObject() instanceof OffsetsInOutputOption)) {
            GlobalOptions globals = ((KzkCommand) parsed.commandSpec().userObject()).globals();
            try {
                globals.output();
            } catch (io.kzk.common.KzkException e) {
                throw new CommandLine.ParameterException(leaf, e.getMessage());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** A command line for generators: no environment, no output. */
    public static CommandLine forGenerators() {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        return commandLine(new CliEnvironment(java.util.Map.of(), false, false, java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream()),
                nowhere, nowhere, false);
    }

    static String[] exitStatusLines() {
        List<String> lines = new ArrayList<>();
        for (ExitCode c : ExitCode.values()) {
            // Not String.format: its first use loads the locale data, tens of milliseconds of every run.
            String code = String.valueOf(c.code());
            lines.add("  " + " ".repeat(3 - code.length()) + code + "  " + c.meaning());
        }
        return lines.toArray(String[]::new);
    }
}
