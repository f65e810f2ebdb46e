package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkProcess;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.zk.ZkConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk ls, get, stat, exists and tree against the sandbox's real ZooKeeper (under Kafka's chroot). */
@SandboxTest
class ZkCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BINARY = {0, 1, 2, (byte) 0xff, 'k', 'z', 'k'};

    @TempDir
    Path home;

    @BeforeEach
    void znodes(Sandbox sandbox) throws Exception {
        try (CuratorFramework zk = ZkConnections.connect(sandbox.zookeeperConnect().orElseThrow(), null, Duration.ofSeconds(10))) {
            create(zk, "/kzk-test/text", "hello\nworld".getBytes(StandardCharsets.UTF_8));
            create(zk, "/kzk-test/json", "{\"a\":1,\"b\":[true]}".getBytes(StandardCharsets.UTF_8));
            create(zk, "/kzk-test/binary", BINARY);
            create(zk, "/kzk-test/deep/one/two", new byte[10]);
        }
    }

    private static void create(CuratorFramework zk, String path, byte[] data) throws Exception {
        try {
            zk.create().creatingParentsIfNeeded().forPath(path, data);
        } catch (KeeperException.NodeExistsException e) {
            zk.setData().forPath(path, data);
        }
    }

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        return KzkRun.isolated(home).env("KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow()).run(args);
    }

    @Test
    void ctrlCEndsAWatchWithExitZero(Sandbox sandbox) throws Exception {
        String connect = sandbox.zookeeperConnect().orElseThrow();
        KzkProcess watch = KzkProcess.start(home, java.util.Map.of("KZK_ZOOKEEPER", connect), "zk", "watch", "/kzk-test/text");
        Process process = watch.process();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             CuratorFramework zk = ZkConnections.connect(connect, null, Duration.ofSeconds(10))) {
            // The watch says on stderr when ZooKeeper has it: one change after that is seen.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!watch.stderr().contains("kzk: watch set on /kzk-test/text") && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20); // polling a condition, bounded by the deadline
            }
            assertTrue(watch.stderr().contains("kzk: watch set on /kzk-test/text"), "the watch is set: " + watch.stderr());
            zk.setData().forPath("/kzk-test/text", "changed".getBytes(StandardCharsets.UTF_8));
            String line = out.readLine(); // bounded by the class's timeout
            assertTrue(line != null && line.contains("data_changed"), line + "; stderr: " + watch.stderr());
            watch.interrupt();
            assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "ended within 30 s of Ctrl-C");
        } finally {
            process.destroyForcibly();
        }
        String err = watch.stderr();
        assertEquals(0, process.exitValue(), err);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void lsListsChildrenSortedAndLongListingHasStats(Sandbox sandbox) throws Exception {
        var ls = kzk(sandbox, "zk", "ls", "/kzk-test");
        assertEquals(0, ls.exitCode(), ls.toString());
        assertEquals("binary\ndeep\njson\ntext\n", ls.out());
        JsonNode ids = JSON.readTree(kzk(sandbox, "zk", "ls", "-l", "/brokers/ids", "-o", "json").out());
        assertEquals(3, ids.size());
        assertTrue(ids.get(0).get("stat").get("ephemeral_owner").asText().startsWith("0x"), "broker registrations are ephemeral");
        var table = kzk(sandbox, "zk", "ls", "-l", "/kzk-test");
        assertTrue(table.out().startsWith("NAME") && table.out().contains("EPHEMERAL OWNER"), table.out());
    }

    @Test
    void getShowsTextJsonAndBinaryEachAsItIs(Sandbox sandbox) throws Exception {
        assertEquals("hello\nworld\n", kzk(sandbox, "zk", "get", "/kzk-test/text").out());
        assertTrue(kzk(sandbox, "zk", "get", "/kzk-test/json").out().contains("\"b\" : [ true ]"));
        var hex = kzk(sandbox, "zk", "get", "/kzk-test/binary").out();
        assertTrue(hex.startsWith("00000000  00 01 02 ff 6b 7a 6b"), hex);
        assertTrue(hex.contains("|....kzk|"), hex);
        JsonNode doc = JSON.readTree(kzk(sandbox, "zk", "get", "/kzk-test/binary", "-s", "-o", "json").out());
        assertEquals("base64", doc.get("encoding").asText());
        assertEquals(Base64.getEncoder().encodeToString(BINARY), doc.get("data").asText());
        assertEquals(7, doc.get("stat").get("data_length").asInt());
        var withStat = kzk(sandbox, "zk", "get", "-s", "/kzk-test/text");
        assertTrue(withStat.out().contains("dataLength:") && withStat.out().contains("ephemeralOwner:  none (persistent)"), withStat.out());
    }

    @Test
    void statAndExistsForScripts(Sandbox sandbox) throws Exception {
        JsonNode stat = JSON.readTree(kzk(sandbox, "zk", "stat", "/kzk-test/deep", "-o", "json").out());
        assertEquals(1, stat.get("stat").get("num_children").asInt());
        var yes = kzk(sandbox, "zk", "exists", "/kzk-test/text");
        assertEquals(0, yes.exitCode());
        assertEquals("", yes.out());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/kzk-test/nope").exitCode());
        var missing = kzk(sandbox, "zk", "get", "/kzk-test/nope");
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode());
        assertEquals(1, missing.err().lines().count(), missing.toString());
        assertTrue(missing.err().contains("/kzk-test/nope"), missing.err());
    }

    @Test
    void treeCountsNodesAndBytesToTheDepthAsked(Sandbox sandbox) throws Exception {
        JsonNode all = JSON.readTree(kzk(sandbox, "zk", "tree", "/kzk-test", "-o", "json").out());
        assertEquals(7, all.get("subtree_nodes").asLong());
        assertEquals(11 + 18 + 7 + 10, all.get("subtree_bytes").asLong());
        JsonNode shallow = JSON.readTree(kzk(sandbox, "zk", "tree", "/kzk-test", "--depth", "1", "-o", "json").out());
        assertEquals(5, shallow.get("subtree_nodes").asLong());
        var drawn = kzk(sandbox, "zk", "tree", "/kzk-test");
        assertTrue(drawn.out().contains("└── text") && drawn.out().contains("│   └── one"), drawn.out());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "tree", "/kzk-nope").exitCode());
    }

    @Test
    void invalidPathsAreUsageErrorsSayingWhy(Sandbox sandbox) {
        for (String bad : new String[] {"relative/path", "/trailing/", "/empty//segment", "/dot/./x"}) {
            var r = kzk(sandbox, "zk", "ls", bad);
            assertEquals(ExitCode.USAGE.code(), r.exitCode(), bad + ": " + r);
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains("'" + bad + "'"), r.err());
        }
        var noZk = KzkRun.isolated(home).run("zk", "ls", "/");
        assertEquals(ExitCode.USAGE.code(), noZk.exitCode());
        assertTrue(noZk.err().contains("-z"), noZk.err());
    }
}
