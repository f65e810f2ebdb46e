package io.kzk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs kzk in-process as a user would from a shell, with an environment of the test's making. */
public final class KzkRun {
    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private String stdin = "";
    private java.io.InputStream stdinStream;

    /** A run whose config file and sandbox folder live under {@code home}, apart from the user's. */
    public static KzkRun isolated(Path home) {
        KzkRun run = new KzkRun();
        run.env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        run.env.put("XDG_STATE_HOME", home.resolve("state").toString());
        return run;
    }

    /** An isolated run (see {@link #isolated}) against a sandbox's brokers. */
    public static KzkRun against(Path home, io.kzk.sandbox.Sandbox sandbox) {
        return isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
    }

    public KzkRun env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public KzkRun terminal(boolean isTerminal) {
        terminal = isTerminal;
        return this;
    }

    /** What the user types; with {@link #terminal(boolean)} true, as if at a prompt. */
    public KzkRun stdin(String text) {
        stdin = text;
        return this;
    }

    /** Stdin as a stream, for input that arrives over time. */
    public KzkRun stdin(java.io.InputStream in) {
        stdinStream = in;
        return this;
    }

    public Result run(String... args) {
        return run(new StringWriter(), new StringWriter(), new java.io.ByteArrayOutputStream(), args);
    }

    /**
     * Starts a run on a thread of its own, for commands that stream (watches, events): the test
     * waits for what the command prints (a readiness line) instead of sleeping.
     */
    public Running start(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Result> result = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(run(out, err, bytes, args));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "kzk-run-" + String.join("-", args));
        t.setDaemon(true);
        t.start();
        return new Running(out, err, result);
    }

    private Result run(StringWriter out, StringWriter err, java.io.ByteArrayOutputStream bytes, String... args) {
        CliEnvironment environment = new CliEnvironment(env, terminal, terminal,
                stdinStream != null ? stdinStream : new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                bytes);
        int code = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true), false);
        // A command writes text through the PrintWriter or bytes (message payloads) to stdout, not both.
        return new Result(code, out + bytes.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
    }

    /**
     * Runs until {@code check} holds, for up to 10 s, and returns the last result. For reads right
     * after a change: brokers learn of it a moment after the controller makes it, and a request
     * goes to whichever broker is least loaded.
     */
    public Result runUntil(java.util.function.Predicate<Result> check, String... args) {
        return Eventually.last(() -> run(args), check, java.time.Duration.ofSeconds(10));
    }

    /** A run in progress: what it has printed so far, and its result once it ends. */
    public static final class Running {
        private final StringWriter out;
        private final StringWriter err;
        private final java.util.concurrent.CompletableFuture<Result> result;

        Running(StringWriter out, StringWriter err, java.util.concurrent.CompletableFuture<Result> result) {
            this.out = out;
            this.err = err;
            this.result = result;
        }

        /** Waits until stderr holds {@code text} at least {@code times} times; fails after {@code timeout}. */
        public void awaitErr(String text, int times, java.time.Duration timeout) {
            await("stderr", err, text, times, timeout);
        }

        /** Waits until stdout holds {@code text} at least {@code times} times; fails after {@code timeout}. */
        public void awaitOut(String text, int times, java.time.Duration timeout) {
            await("stdout", out, text, times, timeout);
        }

        private void await(String stream, StringWriter w, String text, int times, java.time.Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (occurrences(w.toString(), text) < times) {
                if (System.nanoTime() > deadline || result.isDone()) {
                    throw new AssertionError("no " + times + " × '" + text + "' on " + stream + " within " + timeout
                            + (result.isDone() ? " (the run ended)" : "") + "\n--- stdout\n" + out + "--- stderr\n" + err);
                }
                try {
                    Thread.sleep(20); // polling a condition, bounded by the deadline
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }

        private static int occurrences(String s, String text) {
            int n = 0;
            for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }

        /** The run's result; fails if it has not ended within {@code timeout}. */
        public Result result(java.time.Duration timeout) throws Exception {
            try {
                return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the run did not end within " + timeout + "\n--- stdout\n" + out + "--- stderr\n" + err);
            }
        }
    }

    /** What a run printed and how it exited. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
