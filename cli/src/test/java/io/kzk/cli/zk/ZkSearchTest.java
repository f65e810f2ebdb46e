package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk find, grep, du, ephemerals, json-get and json-set against the sandbox's ZooKeeper. */
@SandboxTest
class ZkSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        return KzkRun.isolated(home).env("KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow()).run(args);
    }

    private void tree(Sandbox sandbox, String root) {
        for (String[] node : List.of(
                new String[] {root + "/apps/web/config", "{\"limit\": 10, \"hosts\": [\"h1\", \"h2\"]}"},
                new String[] {root + "/apps/web/notes", "first line\nretention is 7 days\nlast line"},
                new String[] {root + "/apps/batch/config", "{\"limit\": 3}"},
                new String[] {root + "/big", "x".repeat(5000)})) {
            var r = kzk(sandbox, "zk", "create", "-p", node[0], node[1]);
            assertEquals(0, r.exitCode(), r.toString());
        }
    }

    @Test
    void findMatchesNamesSizesAndPrintsEveryPathOnce(Sandbox sandbox) throws Exception {
        tree(sandbox, "/find");
        var all = kzk(sandbox, "zk", "find", "/find");
        assertEquals(0, all.exitCode(), all.toString());
        assertEquals(List.of("/find", "/find/apps", "/find/big", "/find/apps/batch", "/find/apps/web", "/find/apps/batch/config",
                "/find/apps/web/config", "/find/apps/web/notes"), all.out().lines().toList());
        assertEquals("/find/apps/batch/config\n/find/apps/web/config\n", kzk(sandbox, "zk", "find", "/find", "--name", "conf*").out());
        assertEquals("/find/big\n", kzk(sandbox, "zk", "find", "/find", "--min-size", "1000").out());
        assertEquals("", kzk(sandbox, "zk", "find", "/find", "--ephemeral").out());
        assertEquals(8, kzk(sandbox, "zk", "find", "/find", "--newer", "1h").out().lines().count());
        JsonNode json = JSON.readTree(kzk(sandbox, "zk", "find", "/find", "--name", "notes", "-o", "json").out());
        assertEquals("/find/apps/web/notes", json.get(0).get("path").asText());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "find", "/no-such-root").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "find", "find").exitCode());
    }

    @Test
    void grepPrintsPathLineAndTextAndExitsOneWhenNothingMatches(Sandbox sandbox) throws Exception {
        tree(sandbox, "/grep");
        var r = kzk(sandbox, "zk", "grep", "-i", "RETENTION", "/grep");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("/grep/apps/web/notes:2:retention is 7 days\n", r.out());
        JsonNode json = JSON.readTree(kzk(sandbox, "zk", "grep", "\"limit\"", "/grep", "-o", "json").out());
        assertEquals(2, json.size());
        assertEquals(ExitCode.FAILED.code(), kzk(sandbox, "zk", "grep", "nothing-like-this", "/grep").exitCode());
        var bad = kzk(sandbox, "zk", "grep", "(", "/grep");
        assertEquals(ExitCode.USAGE.code(), bad.exitCode());
        assertTrue(bad.err().startsWith("kzk: invalid pattern"), bad.err());
    }

    @Test
    void duSumsSubtreesLargestFirst(Sandbox sandbox) throws Exception {
        tree(sandbox, "/du");
        JsonNode du = JSON.readTree(kzk(sandbox, "zk", "du", "/du", "-o", "json").out());
        assertEquals("/du", du.get(0).get("path").asText());
        assertEquals(8, du.get(0).get("nodes").asLong());
        assertEquals("/du/big", du.get(1).get("path").asText());
        assertEquals(5000, du.get(1).get("bytes").asLong());
        assertEquals("/du/apps", du.get(2).get("path").asText());
        assertEquals(6, du.get(2).get("nodes").asLong());
    }

    @Test
    void ephemeralsAreGroupedByOwningSession(Sandbox sandbox) throws Exception {
        JsonNode sessions = JSON.readTree(kzk(sandbox, "zk", "ephemerals", "/brokers", "-o", "json").out());
        assertTrue(sessions.size() >= 1, sessions.toString());
        long brokers = 0;
        for (JsonNode s : sessions) {
            assertTrue(s.get("session").asText().startsWith("0x"));
            for (JsonNode p : s.get("paths")) {
                if (p.asText().startsWith("/brokers/ids/")) {
                    brokers++;
                }
            }
        }
        assertEquals(sandbox.nodes(io.kzk.sandbox.NodeRole.BROKER).size(), brokers, sessions.toString());
    }

    @Test
    void jsonGetAndSetWorkByPointerAndRefuseNonJson(Sandbox sandbox) throws Exception {
        tree(sandbox, "/json");
        String config = "/json/apps/web/config";
        assertEquals("10\n", kzk(sandbox, "zk", "json-get", config, "/limit").out());
        assertEquals("h2\n", kzk(sandbox, "zk", "json-get", config, "/hosts/1").out());
        var dry = kzk(sandbox, "zk", "json-set", config, "/limit", "20", "--dry-run");
        assertTrue(dry.out().contains("would set") && dry.out().contains("10 → 20"), dry.toString());
        assertEquals("10\n", kzk(sandbox, "zk", "json-get", config, "/limit").out());
        assertEquals(0, kzk(sandbox, "zk", "json-set", config, "/limit", "20").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "json-set", config, "/hosts/-", "h3").exitCode());
        JsonNode whole = JSON.readTree(JSON.readTree(kzk(sandbox, "zk", "get", config, "-o", "json").out()).get("data").asText());
        assertEquals(20, whole.get("limit").asInt());
        assertEquals("h3", whole.get("hosts").get(2).asText());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "json-get", config, "/nothing").exitCode());
        var notJson = kzk(sandbox, "zk", "json-get", "/json/apps/web/notes", "/a");
        assertEquals(ExitCode.USAGE.code(), notJson.exitCode());
        assertTrue(notJson.err().contains("does not hold JSON"), notJson.err());
    }
}
