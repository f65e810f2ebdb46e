package io.kzk.cli.sandbox;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's sandbox life cycle, as README tells it: up, use, status, down. */
@SandboxTest
class SandboxCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void upMakesACurrentContextThatCommandsUseAndDownLeavesNothing() throws Exception {
        KzkRun kzk = KzkRun.isolated(home);
        Path dir = home.resolve("state/kzk/sandbox");
        List<Long> pids = new ArrayList<>();
        try {
            var up = kzk.run("sandbox", "up", "--brokers", "1", "-o", "json");
            assertEquals(0, up.exitCode(), up.toString());
            JsonNode doc = JSON.readTree(up.out());
            assertEquals("sandbox", doc.get("context").asText());
            assertTrue(doc.get("health").get("healthy").asBoolean(), up.out());
            String bootstrap = doc.get("sandbox").get("bootstrap_servers").asText();
            doc.get("sandbox").get("nodes").forEach(n -> pids.add(n.get("pid").asLong()));
            assertEquals(2, pids.size());

            // The context is current: no flags needed.
            var brokers = kzk.run("broker", "list", "-o", "plain");
            assertEquals(0, brokers.exitCode(), brokers.toString());
            assertTrue(bootstrap.endsWith(brokers.out().strip().split("\t")[2]), brokers.out());
            assertTrue(kzk.run("context", "list").out().contains("*        sandbox"));

            var again = kzk.run("sandbox", "up", "--brokers", "1");
            assertEquals(0, again.exitCode(), again.toString());
            assertTrue(again.err().contains("running already"), again.err());
            // another shape is not silently ignored
            var kraft = kzk.run("sandbox", "up", "--kraft");
            assertEquals(ExitCode.CONFLICT.code(), kraft.exitCode(), kraft.toString());
            assertEquals(1, kraft.err().lines().count(), kraft.err());
            assertTrue(kraft.err().contains("1 broker on ZooKeeper, not what --kraft asks for")
                    && kraft.err().contains("kzk sandbox down"), kraft.err());
            var more = kzk.run("sandbox", "up", "--brokers", "3");
            assertEquals(ExitCode.CONFLICT.code(), more.exitCode(), more.toString());
            assertEquals(0, kzk.run("sandbox", "up").exitCode(), "plain up finds what runs");

            var status = kzk.run("sandbox", "status", "-o", "json");
            JsonNode nodes = JSON.readTree(status.out()).get("nodes");
            assertEquals("zk-1", nodes.get(0).get("name").asText());
            assertTrue(nodes.get(1).get("running").asBoolean());

            assertEquals(ExitCode.NOT_FOUND.code(), kzk.run("sandbox", "kill", "broker-9").exitCode());
        } finally {
            var down = kzk.run("sandbox", "down");
            assertEquals(0, down.exitCode(), down.toString());
        }
        assertFalse(Files.exists(dir));
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
        }
        assertFalse(kzk.run("context", "list").out().contains("sandbox"));
        assertEquals(ExitCode.NOT_FOUND.code(), kzk.run("sandbox", "status").exitCode());
        assertEquals(0, kzk.run("sandbox", "down").exitCode(), "down twice is no error");
    }
}
