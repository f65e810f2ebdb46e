package io.kzk.cli.shell;

import io.kzk.zk.ZnodePaths;
import io.kzk.cli.Cancellation;
import io.kzk.cli.Cli;
import io.kzk.cli.CliEnvironment;
import io.kzk.cli.ExitCode;
import io.kzk.cli.Prompter;
import io.kzk.cli.session.KzkSession;
import io.kzk.cli.session.SessionProvider;
import io.kzk.cli.session.Sessions;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.settings.ConnectionResolver;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.common.KzkException;
import io.kzk.zk.ZnodeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import picocli.CommandLine;

/**
 * The state of a {@code kzk shell} and the running of one line in it, for the terminal and the
 * script mode alike: the command tree, built once and run for every line (picocli gives each
 * parse fresh option values, so a line's {@code -o json} or {@code --timeout} never reaches the
 * next); the sessions, kept open across lines and closed when the shell ends; the context chosen
 * with {@code use}; the ZooKeeper working path of {@code cd}; and the built-in commands.
 */
public final class Shell implements AutoCloseable {
    /** How long a session made for completion or {@code cd} waits for servers: the --timeout default. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(30);

    /** Stdin inside the shell belongs to the shell: a command that would read it says so instead. */
    static final InputStream STDIN_REFUSED = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("stdin belongs to kzk shell: give the input in a file (produce -l FILE, zk create/set -f FILE)");
        }
    };

    private final CliEnvironment outer;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Cancellation cancellation;
    private final Prompter prompter;
    /**
     * The longest a request of the shell's clients may take, whatever a line's --timeout: each
     * line bounds its own waits (see {@link SessionProvider#SessionProvider(Duration)}).
     */
    static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(10);

    private final SessionProvider sessions = new SessionProvider(CLIENT_TIMEOUT);
    /** Words as sh splits them; an open quote asks for more lines (so a JSON value can span lines). */
    private final DefaultParser parser = new DefaultParser().eofOnUnclosedQuote(true).eofOnEscapedNewLine(true);
    private Map<String, String> env;
    private CommandLine tree;
    private String workingPath = "/";
    private boolean exitRequested;
    /** {@code pager on}: every line's output goes through the pager (at a terminal). */
    private boolean pagerOn;
    private NameCache cache;
    private LiveNames names;
    private java.util.concurrent.ExecutorService loaders;

    /**
     * @param terminal     a person types at a terminal (confirmations are asked); false for a script
     * @param cancellation how Ctrl-C reaches the running command; null: the one-shot signal handling
     * @param prompter     how a question is asked; null: on stderr, read from stdin
     */
    public Shell(CliEnvironment outer, Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal,
                 Cancellation cancellation, Prompter prompter) {
        this.outer = outer;
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.cancellation = cancellation;
        this.prompter = prompter;
    }

    /** What every line's command runs with. */
    public CliEnvironment environment() {
        return new CliEnvironment(env, terminal, outer.stdoutIsTerminal(), STDIN_REFUSED, outer.stdout(), cancellation,
                prompter, sessions, true);
    }

    /** The command tree every line runs through. */
    public synchronized CommandLine tree() {
        if (tree == null) {
            tree = Cli.commandLine(environment(), out, err, false);
        }
        return tree;
    }

    /** Names for completion from the current cluster, cached (15 s to live; 50 ms wait for a refresh, 300 ms for a first load). */
    synchronized LiveNames names() {
        if (names == null) {
            loaders = java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "kzk-complete");
                t.setDaemon(true);
                return t;
            });
            cache = new NameCache(Duration.ofSeconds(15), Duration.ofMillis(50), Duration.ofMillis(300), System::nanoTime, loaders);
            names = new LiveNames(this, cache);
        }
        return names;
    }

    /** After a command: what completion knows may have changed. */
    synchronized void commandRan() {
        if (cache != null) {
            cache.expire(clusterLabel());
        }
    }

    synchronized java.util.concurrent.Executor loaders() {
        names();
        return loaders;
    }

    public String workingPath() {
        return workingPath;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** The connection a line without connection flags uses. */
    public ResolvedConnection connection() {
        return Sessions.resolve(new ConnectionFlags(null, null, null, Map.of(), null, null, null), environment());
    }

    /** The session of that connection, shared with the commands. */
    public KzkSession session() {
        return sessions.session(connection(), SESSION_TIMEOUT);
    }

    /** What the prompt and the completion cache call the current cluster: the context, else where it connects. */
    public String clusterLabel() {
        try {
            ResolvedConnection c = connection();
            if (c.context() != null) {
                return c.context();
            }
            if (c.bootstrapServers() != null) {
                return "sandbox".equals(c.bootstrapSource()) ? "sandbox" : c.bootstrapServers();
            }
            return c.zookeeper() != null ? c.zookeeper() : "no cluster";
        } catch (KzkException e) {
            return "?";
        }
    }

    public String prompt() {
        return "kzk [" + clusterLabel() + "] " + workingPath + "> ";
    }

    /** How the line editor splits a line, and knows that one ends inside a quote and goes on. */
    Parser parser() {
        return parser;
    }

    /**
     * Whether {@code text} is a whole command, or ends inside a quote or after a backslash and
     * goes on in the next line (the script mode reads on, the line editor asks for more).
     */
    public boolean isComplete(String text) {
        try {
            parser.parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE);
            return true;
        } catch (EOFError e) {
            return false;
        }
    }

    /**
     * Splits a line as the shell does: words at spaces, quotes and backslashes as in sh; a
     * backslash before a line break joins the lines, as in sh.
     */
    public List<String> words(String text) {
        String line = text.replace("\\\n", "");
        List<String> words = new java.util.ArrayList<>(parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words());
        String end = line.stripTrailing();
        // the parser ends a line with an empty word for the cursor; a quoted '' the user typed stays
        if (!words.isEmpty() && words.get(words.size() - 1).isEmpty() && !end.endsWith("''") && !end.endsWith("\"\"")) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Runs one line; returns its exit code. */
    public int run(String line) {
        List<String> words;
        try {
            words = words(line);
        } catch (EOFError e) {
            err.println("kzk: " + e.getMessage() + " in: " + line);
            err.flush();
            return ExitCode.USAGE.code();
        }
        return run(words);
    }

    /** Runs one command line given as words; returns its exit code. */
    public int run(List<String> words) {
        if (words.isEmpty()) {
            return ExitCode.OK.code();
        }
        try {
            switch (words.get(0)) {
                case "exit", "quit" -> {
                    exitRequested = true;
                    return ExitCode.OK.code();
                }
                case "pwd" -> {
                    out.println(workingPath);
                    return ExitCode.OK.code();
                }
                case "cd" -> {
                    return cd(words.size() > 1 ? words.get(1) : "/");
                }
                case "use" -> {
                    return use(words);
                }
                case "pager" -> {
                    return pager(words);
                }
                case "__complete" -> {
                    // what TAB offers for the rest of the line (its last word the one being completed): for bench/shell.sh
                    List<String> before = words.subList(1, Math.max(1, words.size() - 1));
                    String current = words.size() > 1 ? words.get(words.size() - 1) : "";
                    new Completions(tree().getCommandSpec(), names()).complete(before, current, workingPath)
                            .forEach(s -> out.println(s.value()));
                    return ExitCode.OK.code();
                }
                case "shell" -> throw KzkException.invalidInput("this is kzk shell already");
                case "help" -> {
                    if (words.size() == 1) {
                        help();
                        return ExitCode.OK.code();
                    }
                }
                default -> {
                }
            }
            int pagerFlag = pagerFlag(words);
            boolean paged = (pagerOn || pagerFlag >= 0) && terminal;
            if (pagerFlag >= 0) {
                words = new java.util.ArrayList<>(words);
                words.remove(pagerFlag);
            }
            List<String> resolved = ZnodeArguments.resolve(tree().getCommandSpec(), words, workingPath);
            try {
                return paged ? runPaged(resolved) : tree().execute(resolved.toArray(String[]::new));
            } finally {
                commandRan();
            }
        } catch (KzkException e) {
            err.println("kzk: " + e.getMessage());
            return ExitCode.of(e.kind()).code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Where a line says {@code --pager} (before any {@code --}), or -1. */
    private static int pagerFlag(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("--")) {
                return -1;
            }
            if (words.get(i).equals("--pager")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs a line with its stdout, text and bytes alike, written into the pager; a tree of its
     * own, since the line's output goes elsewhere. Diagnostics stay on the terminal.
     */
    private int runPaged(List<String> words) {
        try (Pager pager = Pager.start(env)) {
            java.io.OutputStream into = pager.input();
            PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(into, java.nio.charset.StandardCharsets.UTF_8), true);
            CliEnvironment base = environment();
            CliEnvironment paged = new CliEnvironment(base.env(), base.stdinIsTerminal(), base.stdoutIsTerminal(), base.stdin(),
                    into, base.cancellation(), base.prompter(), base.sessions(), true);
            out.flush();
            int code = Cli.commandLine(paged, text, err, false, words.toArray(String[]::new))
                    .execute(words.toArray(String[]::new));
            text.flush();
            return code;
        }
    }

    private int pager(List<String> words) {
        if (words.size() == 1) {
            out.println("pager " + (pagerOn ? "on" : "off") + (terminal ? "" : " (no effect without a terminal)"));
            return ExitCode.OK.code();
        }
        if (words.size() != 2 || !List.of("on", "off").contains(words.get(1))) {
            throw KzkException.invalidInput("pager on|off: every line's output through the pager, or not (one line: --pager)");
        }
        if (words.get(1).equals("on")) {
            Pager.command(env); // says now, not at the next line, that there is none
        }
        pagerOn = words.get(1).equals("on");
        return ExitCode.OK.code();
    }

    private int cd(String path) {
        String target = ZnodePaths.normalize(ZnodePaths.resolve(workingPath, path));
        if (!target.equals("/") && new ZnodeService(session().zookeeper(), SESSION_TIMEOUT).exists(target).isEmpty()) {
            throw KzkException.notFound("cd: no znode " + target);
        }
        workingPath = target;
        return ExitCode.OK.code();
    }

    private int use(List<String> words) {
        if (words.size() != 2) {
            throw KzkException.invalidInput("use CONTEXT: name one context (see 'context list')");
        }
        String name = words.get(1);
        var store = environment().settingsFile();
        if (store.load().context(name).isEmpty()) {
            throw KzkException.notFound("no context '" + name + "' in " + store.file() + ": see 'context list'");
        }
        Map<String, String> next = new HashMap<>(env);
        next.remove(ConnectionResolver.ENV_BOOTSTRAP);
        next.remove(ConnectionResolver.ENV_ZOOKEEPER);
        next.put(ConnectionResolver.ENV_CONTEXT, name);
        String before = clusterLabel();
        sessions.closeAll(false);
        synchronized (this) {
            if (cache != null) {
                cache.drop(before);
            }
            env = Map.copyOf(next);
            tree = null;
        }
        workingPath = "/";
        return ExitCode.OK.code();
    }

    private void help() {
        tree().usage(out);
        out.println();
        out.println("Shell commands:");
        out.println("  cd [PATH]      ZooKeeper working path for the zk commands' relative paths (default: /)");
        out.println("  pwd            print the working path");
        out.println("  use CONTEXT    switch cluster: later lines use this context (connections reopened)");
        out.println("  pager on|off   every line's output through $PAGER (else less -FRX); one line: --pager");
        out.println("  help [COMMAND] this help, or a command's");
        out.println("  exit           leave the shell (also Ctrl-D); Ctrl-C stops the running command");
    }

    /** Ends the shell's sessions: its ephemeral znodes go now. */
    @Override
    public void close() {
        synchronized (this) {
            if (loaders != null) {
                loaders.shutdownNow();
            }
        }
        sessions.closeAll(false);
    }
}
