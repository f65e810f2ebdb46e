package io.kzk.cli.shell;

import io.kzk.zk.ZnodePaths;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What may come at the cursor of a kzk command line: subcommand and option names, an option's
 * fixed values, and names from the cluster for positional parameters and option values alike
 * (topics, groups, broker ids, contexts, znode paths relative to the working path, files), and
 * config keys (topic configs, the brokers' configs, client properties for -X).
 * Pure apart from {@link Names} and the file system.
 */
public final class Completions {
    /** One candidate; {@code complete} false when more may follow without a space (a znode or folder with a '/'). */
    public record Suggestion(String value, boolean complete) {
        static Suggestion of(String value) {
            return new Suggestion(value, true);
        }
    }

    /** The shell's own commands, completed beside kzk's at the start of a line. */
    public static final List<String> BUILTINS = List.of("cd", "pwd", "use", "exit", "help");

    private static final Set<String> TOPIC_LABELS = Set.of("TOPIC", "TOPIC[:P,...]");

    private final CommandSpec root;
    private final Names names;
    private final boolean inShell;

    /** Completion inside kzk shell, with its own commands. */
    public Completions(CommandSpec root, Names names) {
        this(root, names, true);
    }

    /** @param inShell whether the shell's own commands (cd, use...) are offered: not for bash, zsh and fish */
    public Completions(CommandSpec root, Names names, boolean inShell) {
        this.root = root;
        this.names = names;
        this.inShell = inShell;
    }

    /**
     * @param words      the words before the one at the cursor
     * @param current    the word at the cursor, up to the cursor
     * @param workingPath the shell's ZooKeeper working path
     */
    public List<Suggestion> complete(List<String> words, String current, String workingPath) {
        List<Suggestion> out = new ArrayList<>();
        if (inShell && !words.isEmpty() && BUILTINS.contains(words.get(0))) {
            if (words.size() == 1 && words.get(0).equals("cd")) {
                znodes(current, workingPath, out);
            } else if (words.size() == 1 && words.get(0).equals("use")) {
                names.contexts().forEach(c -> out.add(Suggestion.of(c)));
            } else if (words.get(0).equals("help")) {
                commandNames(CommandWords.read(root, words.subList(1, words.size())).leaf(), out);
            }
            return filter(out, current);
        }
        CommandWords read = CommandWords.read(root, words);
        CommandSpec leaf = read.leaf();
        if (read.pendingOption() != null) {
            values(leaf, read.pendingOption(), words, current, workingPath, out);
        } else if (current.startsWith("-")) {
            int eq = current.indexOf('=');
            OptionSpec withValue = eq > 0 ? leaf.findOption(current.substring(0, eq)) : null;
            if (withValue != null && withValue.arity().max() > 0) {
                List<Suggestion> inner = new ArrayList<>();
                values(leaf, withValue, words, current.substring(eq + 1), workingPath, inner);
                String prefix = current.substring(0, eq + 1);
                inner.forEach(s -> out.add(new Suggestion(prefix + s.value(), s.complete())));
            } else {
                for (OptionSpec o : leaf.options()) {
                    if (!o.hidden()) {
                        for (String n : o.names()) {
                            out.add(Suggestion.of(n));
                        }
                    }
                }
            }
        } else {
            if (read.positionalCount() == 0 && !leaf.subcommands().isEmpty()) {
                commandNames(leaf, out);
                if (leaf == root && inShell) {
                    BUILTINS.forEach(b -> out.add(Suggestion.of(b)));
                }
            }
            PositionalParamSpec next = read.nextPositional();
            if (next != null) {
                values(leaf, next, words, current, workingPath, out);
            }
        }
        return filter(out, current);
    }

    private static void commandNames(CommandSpec spec, List<Suggestion> out) {
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                out.add(Suggestion.of(name));
            }
        });
    }

    private void values(CommandSpec leaf, ArgSpec arg, List<String> words, String current, String workingPath,
                        List<Suggestion> out) {
        Iterable<String> fixed = arg.completionCandidates();
        if (fixed != null && fixed.iterator().hasNext()) {
            fixed.forEach(v -> out.add(Suggestion.of(v)));
            return;
        }
        String label = arg.paramLabel();
        if (arg instanceof OptionSpec o && o.longestName().equals("--context")) {
            names.contexts().forEach(c -> out.add(Suggestion.of(c)));
        } else if (ZnodeArguments.isZnodePath(leaf, arg)) {
            znodes(current, workingPath, out);
        } else if (TOPIC_LABELS.contains(label)) {
            names.topics().forEach(t -> out.add(Suggestion.of(t)));
        } else if (label.equals("GROUP")) {
            names.groups().forEach(g -> out.add(Suggestion.of(g)));
        } else if (label.equals("NAME") && leaf.qualifiedName(" ").startsWith("kzk context ")) {
            names.contexts().forEach(c -> out.add(Suggestion.of(c)));
        } else if (label.contains("FILE") || label.equals("CSV")) {
            files(current, out);
        } else if (arg instanceof OptionSpec o && o.longestName().equals("-X")) {
            keys(ConfigKeys.CLIENT, true, out);
        } else if (arg instanceof OptionSpec o && o.longestName().equals("--config") && label.equals("KEY=VALUE")) {
            keys(ConfigKeys.TOPIC, true, out);
        } else if (leaf.qualifiedName(" ").startsWith("kzk config ") && arg instanceof PositionalParamSpec) {
            configArguments(leaf, words, out);
        }
    }

    /**
     * config get|set|delete TYPE NAME [KEY...]: the name is a topic or a broker id, as the type
     * says; then set takes KEY=VALUE and delete KEY, from the keys of that kind of entity.
     */
    private void configArguments(CommandSpec leaf, List<String> words, List<Suggestion> out) {
        List<String> positional = positionalWords(leaf, words);
        if (positional.isEmpty()) {
            List.of("topic", "broker", "broker-default").forEach(t -> out.add(Suggestion.of(t)));
            return;
        }
        String type = positional.get(0);
        int named = type.equals("broker-default") ? 1 : 2;
        if (positional.size() == 1 && type.equals("topic")) {
            names.topics().forEach(t -> out.add(Suggestion.of(t)));
        } else if (positional.size() == 1 && type.equals("broker")) {
            names.brokerIds().forEach(b -> out.add(Suggestion.of(b)));
        } else if (positional.size() >= named && !leaf.name().equals("get")) {
            keys(type.equals("topic") ? ConfigKeys.TOPIC : names.brokerConfigKeys(), leaf.name().equals("set"), out);
        }
    }

    /** Config keys; as {@code KEY=} with the value still to type when {@code withValue}. */
    private static void keys(List<String> keys, boolean withValue, List<Suggestion> out) {
        keys.forEach(k -> out.add(withValue ? new Suggestion(k + "=", false) : Suggestion.of(k)));
    }

    private List<String> positionalWords(CommandSpec leaf, List<String> words) {
        CommandWords read = CommandWords.read(root, words);
        List<String> out = new ArrayList<>();
        for (CommandWords.Value v : read.values()) {
            if (v.arg() instanceof PositionalParamSpec) {
                out.add(words.get(v.word()));
            }
        }
        return out;
    }

    /** Children of the folder part of {@code current}, resolved against the working path, written as the user started. */
    private void znodes(String current, String workingPath, List<Suggestion> out) {
        if (!inShell && !current.startsWith("/")) {
            out.add(new Suggestion("/", false)); // outside the shell znode paths are absolute
            return;
        }
        int slash = current.lastIndexOf('/');
        String typedFolder = slash < 0 ? "" : current.substring(0, slash + 1);
        String folder = typedFolder.isEmpty() ? workingPath : ZnodePaths.resolve(workingPath, typedFolder);
        folder = ZnodePaths.normalize(folder);
        for (Names.Child c : names.children(folder)) {
            out.add(new Suggestion(typedFolder + c.name() + (c.hasChildren() ? "/" : ""), !c.hasChildren()));
        }
    }

    private static void files(String current, List<Suggestion> out) {
        int slash = current.lastIndexOf('/');
        String typedFolder = slash < 0 ? "" : current.substring(0, slash + 1);
        Path folder = Path.of(typedFolder.isEmpty() ? "." : typedFolder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                boolean dir = Files.isDirectory(p);
                out.add(new Suggestion(typedFolder + p.getFileName() + (dir ? "/" : ""), !dir));
            }
        } catch (IOException | RuntimeException e) {
            // no such folder, or not readable: nothing to offer
        }
    }

    private static List<Suggestion> filter(List<Suggestion> all, String current) {
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : all) {
            if (s.value().startsWith(current) && out.stream().noneMatch(o -> o.value().equals(s.value()))) {
                out.add(s);
            }
        }
        out.sort(java.util.Comparator.comparing(Suggestion::value));
        return out;
    }
}
