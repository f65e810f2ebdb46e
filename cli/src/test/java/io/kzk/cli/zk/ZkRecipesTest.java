package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.zk.ZkConnections;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.locks.InterProcessMutex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk locks and zk elections over real Curator recipes held by other sessions. */
@SandboxTest
class ZkRecipesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void locksShowTheHolderAndWaitersAndElectionsTheLeader(Sandbox sandbox) throws Exception {
        String connect = sandbox.zookeeperConnect().orElseThrow();
        KzkRun kzk = KzkRun.isolated(home).env("KZK_ZOOKEEPER", connect);
        try (CuratorFramework holder = ZkConnections.connect(connect, null, Duration.ofSeconds(10));
             CuratorFramework waiter = ZkConnections.connect(connect, null, Duration.ofSeconds(10))) {
            InterProcessMutex held = new InterProcessMutex(holder, "/recipes/locks/orders");
            assertTrue(held.acquire(5, TimeUnit.SECONDS));
            InterProcessMutex wanted = new InterProcessMutex(waiter, "/recipes/locks/orders");
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return wanted.acquire(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return false;
                }
            });
            LeaderLatch first = new LeaderLatch(holder, "/recipes/leader", "scheduler-a");
            LeaderLatch second = new LeaderLatch(waiter, "/recipes/leader", "scheduler-b");
            first.start();
            first.await(10, TimeUnit.SECONDS);
            second.start();

            var locks = kzk.runUntil(r -> r.out().contains("\"holds\" : false"), "zk", "locks", "/recipes", "-o", "json");
            JsonNode lock = JSON.readTree(locks.out()).get(0);
            assertEquals("/recipes/locks/orders", lock.get("path").asText(), locks.toString());
            assertEquals("mutex", lock.get("kind").asText());
            assertEquals(2, lock.get("participants").size());
            assertTrue(lock.get("participants").get(0).get("holds").asBoolean());
            assertFalse(lock.get("participants").get(1).get("holds").asBoolean());
            assertEquals("0x" + Long.toHexString(holder.getZookeeperClient().getZooKeeper().getSessionId()),
                    lock.get("participants").get(0).get("session").asText());

            var elections = kzk.runUntil(r -> r.out().contains("scheduler-b"), "zk", "elections", "/recipes", "-o", "json");
            JsonNode election = JSON.readTree(elections.out()).get(0);
            assertEquals("leader-latch", election.get("kind").asText(), elections.toString());
            assertEquals("scheduler-a", election.get("holder").asText());
            assertEquals(2, election.get("participants").size());
            assertTrue(kzk.run("zk", "locks", "/recipes/leader", "-o", "json").out().trim().equals("[ ]"),
                    "a latch is not a lock");

            held.release();
            assertTrue(waiting.get());
            var after = kzk.runUntil(r -> !r.out().contains("waiting"), "zk", "locks", "/recipes");
            assertEquals(1, after.out().lines().filter(l -> l.contains("/recipes/locks/orders")).count(), after.out());
            second.close();
            first.close();
        }
    }
}
