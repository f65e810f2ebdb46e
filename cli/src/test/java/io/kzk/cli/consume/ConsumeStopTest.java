package io.kzk.cli.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.KzkProcess;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.SandboxExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
    }

    private KzkProcess start(Sandbox sandbox, String... args) throws IOException {
        return KzkProcess.start(home, Map.of("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers()), args);
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
        KzkProcess consume = start(sandbox, "consume", "stop-ctrl-c");
        Process process = consume.process();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 50; i++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("line "), "message " + i + ": " + line + "; stderr: " + consume.stderr());
            }
            assertTrue(process.isAlive(), "a consume without -e follows the topic");
            consume.interrupt();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of Ctrl-C");
            assertEquals(null, out.readLine(), "nothing more after the 50 messages");
        } finally {
            process.destroyForcibly();
        }
        String err = consume.stderr();
        assertEquals(0, process.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aReaderThatGoesAwayEndsTheConsumeWithExitZero(Sandbox sandbox) throws Exception {
        topicWithLines(sandbox, "stop-pipe", 200_000);
        KzkProcess consume = start(sandbox, "consume", "stop-pipe", "-e");
        Process process = consume.process();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("line "), first + "; stderr: " + consume.stderr());
            out.close(); // as head -1 does: the next writes meet a closed pipe
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ended within 30 s of the pipe closing");
        } finally {
            process.destroyForcibly();
        }
        String err = consume.stderr();
        assertEquals(0, process.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Broken pipe"), "no stack trace or error: " + err);
    }
}
