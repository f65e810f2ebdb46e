package io.kzk.cli.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real terminal for a test: a tmux server of its own (its own socket) running one command in
 * one window, driven with send-keys and read with capture-pane, as a person types and reads.
 */
final class Tmux implements AutoCloseable {
    /** What the launch script prints when the command has ended, with its exit code after it. */
    static final String EXITED = "COMMAND-EXITED-";

    private final String socket;

    private Tmux(String socket) {
        this.socket = socket;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code program} is on PATH (a shell whose completion is tested). */
    static boolean has(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The command line that runs kzk from this JVM's classpath. */
    static String kzkCommand() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path")
                + "' io.kzk.cli.Main";
    }

    /** Writes an executable {@code kzk} into {@code bin} that runs kzk from this JVM's classpath. */
    static void installKzk(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path kzk = bin.resolve("kzk");
        Files.writeString(kzk, "#!/bin/sh\nexec " + kzkCommand() + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(kzk, PosixFilePermissions.fromString("rwx------"));
    }

    /** Starts {@code kzk ARGS} (this JVM's classpath) in a 200x50 terminal, with {@code env}. */
    static Tmux kzk(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder(kzkCommand());
        for (String a : args) {
            command.append(" '").append(a).append("'");
        }
        return run(dir, env, command.toString());
    }

    /** Starts the shell command line {@code command} in a 200x50 terminal, with {@code env}. */
    static Tmux run(Path dir, Map<String, String> env, String command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        env.forEach((k, v) -> script.append("export ").append(k).append("='").append(v).append("'\n"));
        script.append(command);
        script.append("\necho ").append(EXITED).append("$?\nsleep 600\n");
        Path launcher = Files.createTempFile(dir, "kzk-", ".sh");
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        Tmux tmux = new Tmux("kzk-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        tmux.tmux("new-session", "-d", "-x", "200", "-y", "50", "-s", "t", launcher.toString());
        return tmux;
    }

    /** Types {@code text} as it is. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", text);
    }

    /** Presses keys by tmux's names: Enter, Tab, C-c, C-d, C-u, Up. */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", "t"));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
    }

    /** The screen and its scrollback, wrapped lines joined, each line's trailing spaces and the trailing blank lines dropped. */
    String screen() throws IOException, InterruptedException {
        String text = tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", "t");
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(l.stripTrailing()).append('\n'));
        return out.toString().stripTrailing();
    }

    /** The last line of the screen: where the cursor's line is. */
    String lastLine() throws IOException, InterruptedException {
        List<String> lines = screen().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Polls the screen every 50 ms until {@code condition} holds; fails with the screen after {@code seconds}. */
    String await(String what, Predicate<String> condition, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + what + "; the screen:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command.subList(0, Math.min(5, command.size()))) + ": " + out);
        }
        return out;
    }

    /** Ends the server and removes its socket file, which tmux leaves behind. */
    @Override
    public void close() throws IOException, InterruptedException {
        String socketPath = tmux("display-message", "-p", "#{socket_path}").strip();
        tmux("kill-server");
        if (!socketPath.isEmpty()) {
            Files.deleteIfExists(Path.of(socketPath));
        }
    }
}
