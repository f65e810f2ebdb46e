package io.kzk.cli.shell;

import io.kzk.common.KzkException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A pager a shell line's output goes through when asked ({@code --pager}, {@code pager on}):
 * {@code $PAGER}, else {@code less -FRX} (which stays out of the way when the output fits the
 * screen), else {@code more}. It reads the keys from the terminal itself and writes to it; the
 * shell writes the command's output into its stdin.
 */
final class Pager implements AutoCloseable {
    private final Process process;

    private Pager(Process process) {
        this.process = process;
    }

    /** The command line that pages, from the environment and what is on PATH. */
    static String command(Map<String, String> env) {
        String chosen = env.get("PAGER");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        if (onPath(env, "less")) {
            return "less -FRX";
        }
        if (onPath(env, "more")) {
            return "more";
        }
        throw KzkException.notFound("no pager: neither less nor more is on PATH; set PAGER (or drop --pager / 'pager off')");
    }

    private static boolean onPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Starts the pager on the terminal the shell runs in. */
    static Pager start(Map<String, String> env) {
        String command = command(env);
        ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", command))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESSCHARSET", "utf-8");
        try {
            return new Pager(builder.start());
        } catch (IOException e) {
            throw KzkException.failed("cannot start the pager '" + command + "': " + e.getMessage(), e);
        }
    }

    /** What the pager shows: the command's output goes here. */
    OutputStream input() {
        return process.getOutputStream();
    }

    /** Ends the pager's input and waits until the user has left it. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the user left the pager before the end: what was not shown is not wanted
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
