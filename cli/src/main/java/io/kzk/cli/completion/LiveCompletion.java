package io.kzk.cli.completion;

import io.kzk.cli.Cli;
import io.kzk.cli.CliEnvironment;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.cli.session.Sessions;
import io.kzk.cli.shell.Completions;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * {@code kzk __complete WORDS... CURRENT}, the hidden fast path the bash, zsh and fish scripts
 * call on TAB: the candidates for the last word, one a line, from the command tree and from
 * {@link CachedNames}. Honours {@code -b}, {@code -z}, {@code --context} (and the other
 * connection flags) already on the line. Never prints anything else, and always exits 0: a
 * completion must not write errors into the user's terminal.
 * {@code kzk __complete-refresh KIND WORDS...} is the background refresh it starts.
 */
public final class LiveCompletion {
    public static final String COMMAND = "__complete";
    public static final String REFRESH = "__complete-refresh";

    private LiveCompletion() {
    }

    public static int run(List<String> args, CliEnvironment environment, PrintWriter out) {
        try {
            if (!args.isEmpty() && args.get(0).equals(REFRESH)) {
                List<String> words = args.subList(2, args.size());
                names(environment, words, kind -> { }).refresh(args.get(1));
                return 0;
            }
            List<String> words = args.subList(1, args.size());
            List<String> before = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
            String current = words.isEmpty() ? "" : words.get(words.size() - 1);
            PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
            CommandLine tree = Cli.commandLine(environment, nowhere, nowhere, false);
            CachedNames names = names(environment, before, kind -> startRefresh(kind, words));
            for (Completions.Suggestion s : new Completions(tree.getCommandSpec(), names, false).complete(before, current, "/")) {
                out.println(s.value());
            }
        } catch (Exception | LinkageError e) {
            // nothing: a completion that fails offers nothing
        }
        out.flush();
        return 0;
    }

    private static CachedNames names(CliEnvironment environment, List<String> words, Consumer<String> refresher) {
        ResolvedConnection connection;
        try {
            connection = Sessions.resolve(flags(words), environment);
        } catch (RuntimeException e) {
            connection = null;
        }
        return new CachedNames(environment, connection, CachedNames.DEADLINE, refresher);
    }

    /** The connection flags among the words typed, as the run of the line would take them. */
    static ConnectionFlags flags(List<String> words) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String name = w;
            String value = null;
            int eq = w.indexOf('=');
            if (w.startsWith("--") && eq > 0) {
                name = w.substring(0, eq);
                value = w.substring(eq + 1);
            }
            String key = switch (name) {
                case "-b", "--bootstrap-server" -> "b";
                case "-z", "--zookeeper" -> "z";
                case "--context" -> "context";
                case "--command-config" -> "command-config";
                case "--zk-auth" -> "zk-auth";
                case "--zk-config" -> "zk-config";
                case "-X" -> "X";
                default -> null;
            };
            if (key == null) {
                continue;
            }
            if (value == null && i + 1 < words.size()) {
                value = words.get(++i);
            }
            if (value == null) {
                continue;
            }
            if (key.equals("X")) {
                int e = value.indexOf('=');
                if (e > 0) {
                    properties.put(value.substring(0, e), value.substring(e + 1));
                }
            } else {
                values.put(key, value);
            }
        }
        // in produce, -z is the compression codec, not ZooKeeper
        if (words.contains("produce") && values.containsKey("z") && !words.contains("--zookeeper")) {
            values.remove("z");
        }
        return new ConnectionFlags(values.get("b"), values.get("z"), values.get("command-config"), properties,
                values.get("zk-auth"), values.get("zk-config"), values.get("context"));
    }

    /**
     * Runs {@code kzk __complete-refresh KIND WORDS...} as a process of its own that outlives this
     * one: through the launcher this run came through (the JVM flags and the class-data archive
     * are written there, once), or, for a kzk started without it, as this JVM was started.
     */
    private static void startRefresh(String kind, List<String> words) {
        if (!System.getProperty("sun.java.command", "").startsWith("io.kzk.cli.Main")) {
            return; // not kzk's own process (a test running kzk in its JVM): no refresh
        }
        String home = System.getProperty("kzk.home");
        List<String> command = new ArrayList<>(home != null ? List.of(java.nio.file.Path.of(home, "bin", "kzk").toString())
                : List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "io.kzk.cli.Main"));
        command.add(REFRESH);
        command.add(kind);
        command.addAll(words);
        try {
            new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException | RuntimeException e) {
            // no refresh: the cache stays as it is
        }
    }
}
