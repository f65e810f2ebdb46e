package io.kzk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses that refuse, do not resolve or are malformed, and client properties the clients
 * refuse: each fails fast with one line and the documented exit code, naming the value and where
 * it came from. No cluster: a listening socket that accepts and never answers stands in for a
 * broker where the address must be reachable.
 */
class ConnectionFailureTest {
    @TempDir
    Path home;

    private ServerSocket listening;
    private int refusedPort;

    @BeforeEach
    void sockets() throws IOException {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = s.getLocalPort();
        }
    }

    @AfterEach
    void close() throws IOException {
        listening.close();
    }

    private String refused() {
        return "127.0.0.1:" + refusedPort;
    }

    private String accepting() {
        return "127.0.0.1:" + listening.getLocalPort();
    }

    private KzkRun.Result kzk(String... args) {
        return KzkRun.isolated(home).run(args);
    }

    private static void assertOneLine(KzkRun.Result r) {
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("kzk: "), r.toString());
        assertFalse(r.err().contains("unexpected error"), r.toString());
    }

    @Test
    void everyBootstrapAddressRefusingFailsWithinSecondsNamingEach() {
        String twoRefused = refused() + ",127.0.0.1:1";
        for (String[] command : new String[][] {{"topic", "list"}, {"cluster", "health"}, {"group", "list"},
            {"topic", "describe", "t"}, {"consume", "t", "-e"}}) {
            long start = System.nanoTime();
            String[] args = new String[command.length + 2];
            args[0] = "-b";
            args[1] = twoRefused;
            System.arraycopy(command, 0, args, 2, command.length);
            var r = kzk(args);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertEquals(ExitCode.UNREACHABLE.code(), r.exitCode(), String.join(" ", command) + ": " + r);
            assertOneLine(r);
            assertTrue(r.err().contains(refused() + " (connection refused), 127.0.0.1:1 (connection refused)"), r.err());
            assertTrue(r.err().contains("from --bootstrap-server"), r.err());
            assertTrue(seconds < 10, String.join(" ", command) + " took " + seconds + "s");
        }
        var produce = KzkRun.isolated(home).stdin("x\n").run("-b", twoRefused, "produce", "t");
        assertEquals(ExitCode.UNREACHABLE.code(), produce.exitCode(), produce.toString());
    }

    @Test
    void anUnresolvableBootstrapHostSaysSo() {
        var r = kzk("-b", "no-such-host.invalid:9092", "topic", "list");
        assertEquals(ExitCode.UNREACHABLE.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("no-such-host.invalid:9092 (unknown host)"), r.err());
    }

    @Test
    void malformedBootstrapListsAreUsageErrorsNamingTheValueAndItsSource() {
        var word = kzk("-b", "host:port", "topic", "list");
        assertEquals(ExitCode.USAGE.code(), word.exitCode(), word.toString());
        assertOneLine(word);
        assertTrue(word.err().contains("'host:port'") && word.err().contains("from --bootstrap-server"), word.err());
        var range = kzk("-b", "127.0.0.1:99999", "topic", "list");
        assertEquals(ExitCode.USAGE.code(), range.exitCode(), range.toString());
        assertTrue(range.err().contains("port 99999 is out of range"), range.err());
        var empty = kzk("-b", "", "topic", "list");
        assertEquals(ExitCode.USAGE.code(), empty.exitCode(), empty.toString());
        assertOneLine(empty);
        var fromEnv = KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", "nohost").run("topic", "list");
        assertEquals(ExitCode.USAGE.code(), fromEnv.exitCode(), fromEnv.toString());
        assertTrue(fromEnv.err().contains("'nohost'") && fromEnv.err().contains("KZK_BOOTSTRAP_SERVERS"), fromEnv.err());
    }

    @Test
    void aRefusingZookeeperFailsWithinSeconds() {
        long start = System.nanoTime();
        var r = kzk("-z", refused(), "zk", "ls", "/");
        assertEquals(ExitCode.UNREACHABLE.code(), r.exitCode(), r.toString());
        assertOneLine(r);
        assertTrue(r.err().contains(refused() + " (connection refused)"), r.err());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }

    @Test
    void anEnsembleWhoseEveryServerRefusesFailsAfterOneRoundNamingEach() {
        long start = System.nanoTime();
        var r = kzk("--timeout", "30s", "-z", refused() + ",127.0.0.1:1/kafka", "zk", "ls", "/");
        assertEquals(ExitCode.UNREACHABLE.code(), r.exitCode(), r.toString());
        assertOneLine(r);
        assertTrue(r.err().contains(refused() + " (connection refused), 127.0.0.1:1 (connection refused)"), r.err());
        // Not the 30 s timeout: the refusals end it.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }

    @Test
    void clientPropertiesTheClientsRefuseAreUsageErrorsNamingKeyValueAndSource() throws IOException {
        var acks = KzkRun.isolated(home).stdin("x\n").run("-b", accepting(), "produce", "t", "-X", "acks=banana", "--timeout", "5s");
        assertEquals(ExitCode.USAGE.code(), acks.exitCode(), acks.toString());
        assertOneLine(acks);
        assertTrue(acks.err().contains("acks=banana (from -X)"), acks.err());
        var linger = KzkRun.isolated(home).stdin("x\n").run("-b", accepting(), "produce", "t", "-X", "linger.ms=-5", "--timeout", "5s");
        assertEquals(ExitCode.USAGE.code(), linger.exitCode(), linger.toString());
        assertTrue(linger.err().contains("linger.ms=-5 (from -X)"), linger.err());
        var fetch = kzk("-b", accepting(), "consume", "t", "-X", "fetch.max.bytes=abc", "--timeout", "5s");
        assertEquals(ExitCode.USAGE.code(), fetch.exitCode(), fetch.toString());
        assertTrue(fetch.err().contains("fetch.max.bytes=abc (from -X)"), fetch.err());
        Path config = home.resolve("client.properties");
        Files.writeString(config, "security.protocol=BOGUS\n");
        var protocol = kzk("-b", accepting(), "--command-config", config.toString(), "topic", "list", "--timeout", "5s");
        assertEquals(ExitCode.USAGE.code(), protocol.exitCode(), protocol.toString());
        assertOneLine(protocol);
        assertTrue(protocol.err().contains("security.protocol=BOGUS (from --command-config " + config + ")"), protocol.err());
    }

    @Test
    void aTimeoutLongerThanTheClientsTakeIsAUsageError() {
        var r = kzk("-b", accepting(), "topic", "list", "--timeout", "99999999999d");
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertOneLine(r);
        assertTrue(r.err().contains("99999999999d"), r.err());
    }

    @Test
    void produceFromADirectoryIsAUsageError() {
        var r = kzk("-b", accepting(), "produce", "t", "-l", home.toString());
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertOneLine(r);
        assertTrue(r.err().contains(home + " is a directory"), r.err());
    }
}
