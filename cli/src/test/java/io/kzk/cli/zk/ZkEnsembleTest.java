package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk ensemble and zk 4lw against a standalone server and a 3-server ensemble that loses its leader. */
@SandboxTest
class ZkEnsembleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aStandaloneServerIsHealthy(Sandbox sandbox) throws Exception {
        var r = KzkRun.isolated(home).run("zk", "ensemble", "-z", sandbox.zookeeperConnect().orElseThrow(), "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode server = JSON.readTree(r.out()).get("servers").get(0);
        assertEquals("standalone", server.get("mode").asText());
        assertTrue(server.get("znodes").asLong() > 10);
        assertTrue(server.get("watches").isNumber(), "mntr is whitelisted in the sandbox");
        assertTrue(server.get("zxid").asText().startsWith("0x"));
        var raw = KzkRun.isolated(home).run("zk", "4lw", "ruok", "-z", sandbox.zookeeperConnect().orElseThrow());
        assertEquals("imok\n", raw.out(), raw.toString());
        assertEquals(ExitCode.USAGE.code(), KzkRun.isolated(home).run("zk", "4lw", "hello", "127.0.0.1:1").exitCode());
        assertEquals(ExitCode.UNREACHABLE.code(), KzkRun.isolated(home).run("zk", "4lw", "ruok", "127.0.0.1:1", "--timeout", "1s").exitCode());
    }

    @Test
    void anEnsembleThatLosesItsLeaderElectsAnotherAndSaysWhichServerIsDown(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxSpec(1, 3, List.of(), false, dir.resolve("sb")))) {
            String connect = sandbox.zookeeperConnect().orElseThrow().replace(Sandbox.CHROOT, "");
            KzkRun kzk = KzkRun.isolated(home);
            var healthy = kzk.run("zk", "ensemble", "-z", connect, "-o", "json");
            assertEquals(0, healthy.exitCode(), healthy.toString());
            JsonNode servers = JSON.readTree(healthy.out()).get("servers");
            String leader = null;
            int followers = 0;
            for (JsonNode s : servers) {
                if (s.get("mode").asText().equals("leader")) {
                    leader = s.get("server").asText();
                } else if (s.get("mode").asText().equals("follower")) {
                    followers++;
                }
            }
            assertEquals(2, followers, healthy.out());
            String leaderAddress = leader;
            String leaderNode = sandbox.nodes().stream().filter(n -> n.address().equals(leaderAddress))
                    .findFirst().orElseThrow().name();

            sandbox.stop(leaderNode);
            // A new leader shows before the other follower has synced with it: wait for the quorum.
            var degraded = kzk.runUntil(r -> r.out().contains("\"leader\"") && r.out().contains("\"quorum\" : true"),
                    "zk", "ensemble", "-z", connect, "-o", "json");
            assertEquals(ExitCode.UNHEALTHY.code(), degraded.exitCode(), degraded.toString());
            JsonNode report = JSON.readTree(degraded.out());
            assertTrue(report.get("quorum").asBoolean(), degraded.out());
            assertTrue(report.get("problems").toString().contains(leader + " is unreachable"), degraded.out());
            String newLeader = null;
            for (JsonNode s : report.get("servers")) {
                if (s.get("mode").asText().equals("leader")) {
                    newLeader = s.get("server").asText();
                }
            }
            assertNotEquals(leader, newLeader);
            var table = kzk.run("zk", "ensemble", "-z", connect);
            assertTrue(table.out().contains("unreachable") && table.out().contains("Problems"), table.out());
            assertFalse(table.out().contains("no quorum"), table.out());
        }
    }
}
