package io.kzk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kzk run as its own process, as from a shell, for what only a process has: a signal, a pipe the
 * reader closes. Its config lives under {@code home}, like {@link KzkRun#isolated}; stderr goes
 * to a file there, read with {@link #stderr()}.
 */
public final class KzkProcess {
    private final Process process;
    private final Path stderr;

    private KzkProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    public static KzkProcess start(Path home, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(home);
        Path err = Files.createTempFile(home, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dkzk.tty.stdin=false", "-Dkzk.tty.stdout=false", "io.kzk.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().putAll(env);
        return new KzkProcess(builder.start(), err);
    }

    public Process process() {
        return process;
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    public void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -INT " + process.pid() + " failed");
        }
    }

    public String stderr() throws IOException {
        return Files.readString(stderr);
    }
}
