package io.kzk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SandboxCertificates' batches of processes, with sh and sleep standing in for keytool. */
class SandboxCertificatesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** This test's sleeper's argument: its own, so that no other process of the JVM is taken for it. */
    private final String seconds = "600." + System.nanoTime();

    private ProcessBuilder sleeper() {
        return new ProcessBuilder("sleep", seconds);
    }

    /**
     * Whether the sleeper still runs. runAll waits for the processes it stops, so a stopped sleeper
     * is no longer among this JVM's children by the time runAll returns.
     */
    private boolean sleeperAlive() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .anyMatch(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(seconds)).orElse(false));
    }

    @Test
    void allSucceedingIsMinusOne() throws Exception {
        assertEquals(-1, SandboxCertificates.runAll(List.of(new ProcessBuilder("true"), new ProcessBuilder("true")), TIMEOUT));
    }

    @Test
    void aFailureStopsTheWholeBatch() throws Exception {
        assertEquals(1, SandboxCertificates.runAll(List.of(new ProcessBuilder("true"), new ProcessBuilder("sh", "-c", "exit 3"),
                sleeper()), TIMEOUT));
        assertFalse(sleeperAlive(), "the rest of the batch is stopped");
    }

    @Test
    void aCommandThatCannotStartStopsThoseStartedBeforeIt() {
        var batch = List.of(sleeper(), new ProcessBuilder(dir.resolve("no-such-keytool").toString()));
        assertThrows(IOException.class, () -> SandboxCertificates.runAll(batch, TIMEOUT));
        assertFalse(sleeperAlive(), "the started process is stopped");
    }
}
