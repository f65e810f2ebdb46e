package io.kzk.cli;

import io.kzk.cli.session.SessionProvider;
import io.kzk.cli.settings.SettingsFile;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run gets from outside the command line: environment variables, whether stdin and
 * stdout are terminals, stdin itself, and stdout as bytes (for message payloads, which are not
 * text). Tests build their own.
 *
 * <p>Terminal facts come from the launcher ({@code -Dkzk.tty.stdin}, {@code -Dkzk.tty.stdout},
 * measured with the shell's {@code test -t}); without it, from {@link System#console()}.
 *
 * <p>Besides the facts it carries the run's collaborators, which differ between a one-shot run
 * and {@code kzk shell}: how Ctrl-C reaches a command, how a question is asked, and where
 * sessions come from. A command never knows which of the two it runs in, except through
 * {@link #inShell()} for what it tells the user.
 *
 * @param prompter asks on the terminal; null: on stderr, the answer read from {@code stdin}
 * @param inShell  commands run inside {@code kzk shell}: stdin is the shell's, the session outlives the command
 */
public record CliEnvironment(Map<String, String> env, boolean stdinIsTerminal, boolean stdoutIsTerminal,
                             InputStream stdin, OutputStream stdout, Cancellation cancellation, Prompter prompter,
                             SessionProvider sessions, boolean inShell) {
    public CliEnvironment {
        env = Map.copyOf(env);
        cancellation = cancellation == null ? new Interruption() : cancellation;
        sessions = sessions == null ? new SessionProvider() : sessions;
    }

    /** A one-shot run's environment: signals for Ctrl-C, questions on stdin, one session provider of its own. */
    public CliEnvironment(Map<String, String> env, boolean stdinIsTerminal, boolean stdoutIsTerminal,
                          InputStream stdin, OutputStream stdout) {
        this(env, stdinIsTerminal, stdoutIsTerminal, stdin, stdout, null, null, null, false);
    }

    public static CliEnvironment system() {
        boolean console = System.console() != null;
        return new CliEnvironment(System.getenv(),
                Boolean.parseBoolean(System.getProperty("kzk.tty.stdin", Boolean.toString(console))),
                Boolean.parseBoolean(System.getProperty("kzk.tty.stdout", Boolean.toString(console))),
                System.in, new FileOutputStream(FileDescriptor.out));
    }

    public SettingsFile settingsFile() {
        return SettingsFile.forEnvironment(env);
    }

    /** Where {@code kzk sandbox up} keeps its cluster: {@code KZK_SANDBOX_DIR}, else under $XDG_STATE_HOME. */
    public Path sandboxDirectory() {
        String explicit = env.get("KZK_SANDBOX_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("kzk").resolve("sandbox");
    }

    /** Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or --no-color. */
    public boolean colour(boolean noColorFlag) {
        return stdoutIsTerminal && !noColorFlag && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
