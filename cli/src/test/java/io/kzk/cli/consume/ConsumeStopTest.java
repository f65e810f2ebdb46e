package io.kzk.cli.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.SandboxExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a consume ends when the user ends it: Ctrl-C (SIGINT) on a consume that follows the topic,
 * and a reader that goes away ({@code | head}). kzk runs as its own process here, as from a
 * shell, so that the signal and the broken pipe are real.
 */
@ExtendWith(SandboxExtension.class)
class ConsumeStopTest {
    @TempDir
    Path home;

    private final Map<Process, Path> stderrFiles = new HashMap<>();

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
    }

    private Process start(Sandbox sandbox, String... args) throws IOException {
        Path err = Files.createTempFile(home, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dkzk.tty.stdin=false", "-Dkzk.tty.stdout=false", "io.kzk.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
        builder.environment().remove("NO_COLOR");
        Process process = builder.start();
        stderrFiles.put(process, err);
        return process;
    }

    private String stderr(Process process) throws IOException {
        return Files.readString(stderrFiles.get(process));
    }

    private void topicWithLines(Sandbox sandbox, String topic, int lines) {
        assertEquals(0, kzk(sandbox).run("topic", "create", topic, "--partitions", "2", "--replication-factor", "1").exitCode());
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            in.append("line ").append(i).append('\n');
        }
        var produced = kzk(sandbox).stdin(in.toString()).run("produce", topic);
        assertEquals(0, produced.exitCode(), produced.err());
    }

    @Test
    void ctrlCEndsAConsumeThatFollowsWithExitZeroAndEveryMessageWritten(Sandbox sandbox) throws Exception {
        topicWithLines(sandbox, "stop-ctrl-c", 50);
        Process consume = start(sandbox, "consume", "stop-ctrl-c");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(consume.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 50; i++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("line "), "message " + i + ": " + line + "; stderr: " + stderr(consume));
            }
            assertTrue(consume.isAlive(), "a consume without -e follows the topic");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(consume.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(consume.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of Ctrl-C");
            assertEquals(null, out.readLine(), "nothing more after the 50 messages");
        } finally {
            consume.destroyForcibly();
        }
        String err = stderr(consume);
        assertEquals(0, consume.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aReaderThatGoesAwayEndsTheConsumeWithExitZero(Sandbox sandbox) throws Exception {
        topicWithLines(sandbox, "stop-pipe", 200_000);
        Process consume = start(sandbox, "consume", "stop-pipe", "-e");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(consume.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("line "), first + "; stderr: " + stderr(consume));
            out.close(); // as head -1 does: the next writes meet a closed pipe
            assertTrue(consume.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of the pipe closing");
        } finally {
            consume.destroyForcibly();
        }
        String err = stderr(consume);
        assertEquals(0, consume.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Broken pipe"), "no stack trace or error: " + err);
    }
}
