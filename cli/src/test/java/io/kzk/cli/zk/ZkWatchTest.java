package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import io.kzk.zk.ZkConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk watch on a sandbox of its own, whose ZooKeeper is restarted while watched. */
@SandboxTest
class ZkWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aRecursiveWatchSeesChangesBeforeAndAfterAZookeeperRestartAndSaysItWasDisconnected(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxSpec.zookeeperMode(1, dir.resolve("sb")))) {
            String connect = sandbox.zookeeperConnect().orElseThrow();
            KzkRun kzk = KzkRun.isolated(home).env("KZK_ZOOKEEPER", connect);
            assertEquals(0, kzk.run("zk", "create", "-p", "/watched/app", "v0").exitCode());
            KzkRun.Running watching = kzk.start("zk", "watch", "/watched",
                    "--recursive", "--with-data", "--count", "4", "--watch-timeout", "90s", "-o", "json");
            String ready = "kzk: watch set on /watched and everything under it";
            watching.awaitErr(ready, 1, Duration.ofSeconds(30));
            try (CuratorFramework zk = ZkConnections.connect(connect, null, Duration.ofSeconds(30))) {
                zk.setData().forPath("/watched/app", "v1".getBytes(StandardCharsets.UTF_8));
                // the watch reads the new data (--with-data) before its server goes
                watching.awaitOut("\"data\":\"v1\"", 1, Duration.ofSeconds(30));
                String zookeeper = sandbox.nodes(io.kzk.sandbox.NodeRole.ZOOKEEPER).get(0).name();
                sandbox.stop(zookeeper);
                watching.awaitOut("\"event\":\"disconnected\"", 1, Duration.ofSeconds(30));
                sandbox.restart(zookeeper);
                zk.blockUntilConnected(30, java.util.concurrent.TimeUnit.SECONDS);
                watching.awaitErr(ready, 2, Duration.ofSeconds(60)); // the watcher reconnected and set its watch again
                zk.create().forPath("/watched/app/child", "c".getBytes(StandardCharsets.UTF_8));
                zk.setData().forPath("/watched/app", "v2".getBytes(StandardCharsets.UTF_8));
                zk.delete().forPath("/watched/app/child");
            }
            KzkRun.Result r = watching.result(Duration.ofSeconds(60));
            assertEquals(0, r.exitCode(), r.toString());
            List<String> events = new ArrayList<>();
            for (String line : r.out().lines().toList()) {
                JsonNode e = JSON.readTree(line);
                events.add(e.get("event").asText() + (e.get("path").isNull() ? "" : " " + e.get("path").asText())
                        + (e.get("data").isNull() ? "" : " " + e.get("data").asText()));
            }
            assertEquals("data_changed /watched/app v1", events.get(0), events.toString());
            assertTrue(events.contains("disconnected"), events.toString());
            assertTrue(events.contains("reconnected"), events.toString());
            assertTrue(events.indexOf("reconnected") < events.indexOf("created /watched/app/child c"), events.toString());
            assertTrue(events.contains("data_changed /watched/app v2"), events.toString());
            assertEquals("deleted /watched/app/child", events.get(events.size() - 1), events.toString());

            var timedOut = kzk.run("zk", "watch", "/watched", "--count", "1", "--watch-timeout", "500ms");
            assertEquals(ExitCode.NOT_FOUND.code(), timedOut.exitCode(), timedOut.toString());
        }
    }
}
