package io.kzk.cli.shell;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What each word of a command line is, read against kzk's command tree the way picocli will
 * parse it: a subcommand name, an option, an option's value, or the Nth positional parameter.
 * The shell uses it to make znode paths absolute before the line runs and to know what to
 * complete at the cursor.
 */
public final class CommandWords {
    /** The argument a word is the value of (an option or a positional parameter), with its position in the line. */
    public record Value(int word, ArgSpec arg) {
    }

    private final CommandSpec leaf;
    private final List<Value> values;
    private final OptionSpec pendingOption;
    private final int positionals;

    private CommandWords(CommandSpec leaf, List<Value> values, OptionSpec pendingOption, int positionals) {
        this.leaf = leaf;
        this.values = values;
        this.pendingOption = pendingOption;
        this.positionals = positionals;
    }

    /** Reads {@code words} (the whole line, or the words before the cursor) against the tree under {@code root}. */
    public static CommandWords read(CommandSpec root, List<String> words) {
        CommandSpec spec = root;
        List<Value> values = new ArrayList<>();
        OptionSpec pending = null;
        int positionals = 0;
        boolean endOfOptions = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (pending != null) {
                values.add(new Value(i, pending));
                pending = null;
                continue;
            }
            if (!endOfOptions && w.equals("--")) {
                endOfOptions = true;
                continue;
            }
            if (!endOfOptions && w.length() > 1 && w.startsWith("-") && !isNumber(w)) {
                int eq = w.indexOf('=');
                OptionSpec option = spec.findOption(eq > 0 ? w.substring(0, eq) : w);
                if (option != null && eq < 0 && option.arity().min() > 0) {
                    pending = option;
                }
                continue;
            }
            if (positionals == 0 && spec.subcommands().containsKey(w)) {
                spec = spec.subcommands().get(w).getCommandSpec();
                continue;
            }
            PositionalParamSpec p = positional(spec, positionals);
            if (p != null) {
                values.add(new Value(i, p));
            }
            positionals++;
        }
        return new CommandWords(spec, values, pending, positionals);
    }

    private static boolean isNumber(String w) {
        return w.matches("-\\d+");
    }

    /** The positional parameter of {@code spec} at {@code index}, or null. */
    public static PositionalParamSpec positional(CommandSpec spec, int index) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(index)) {
                return p;
            }
        }
        return null;
    }

    /** The command the line reaches (the root when it names none). */
    public CommandSpec leaf() {
        return leaf;
    }

    /** The words that are values of options or positional parameters. */
    public List<Value> values() {
        return values;
    }

    /** The option the last word left waiting for its value, or null. */
    public OptionSpec pendingOption() {
        return pendingOption;
    }

    /** How many positional parameters the words gave (counting those past the last the command takes). */
    public int positionalCount() {
        return positionals;
    }

    /** The positional parameter the next word would be, or null. */
    public PositionalParamSpec nextPositional() {
        return positional(leaf, positionals);
    }
}
