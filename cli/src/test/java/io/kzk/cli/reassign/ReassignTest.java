package io.kzk.cli.reassign;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.Brokers;
import io.kzk.sandbox.junit.KRaft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kzk reassign against a real 6-broker, 3-rack ZooKeeper-mode cluster (and the KRaft one):
 * decommission, add a broker, replication factor up and down, rounds, a throttled move cancelled
 * midway with a broker killed, throttles never left behind.
 */
@SandboxTest
@Timeout(300)
class ReassignTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    private KzkRun.Result ok(KzkRun.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    private void topic(Sandbox sandbox, String name, String assignment, int messages, int size) {
        ok(kzk(sandbox).run("topic", "create", name, "--replica-assignment", assignment));
        // Every broker knows the topic before a plan or a describe asks whichever broker is least loaded.
        ok(kzk(sandbox).runUntil(r -> r.exitCode() == 0, "topic", "describe", name));
        if (messages > 0) {
            StringBuilder in = new StringBuilder();
            String pad = "x".repeat(size);
            for (int i = 0; i < messages; i++) {
                in.append(i).append(' ').append(pad).append('\n');
            }
            ok(kzk(sandbox).stdin(in.toString()).run("produce", name));
        }
    }

    /** Partition -> replicas, from topic describe. */
    private Map<Integer, List<Integer>> replicas(Sandbox sandbox, String topic) throws Exception {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (JsonNode p : JSON.readTree(ok(kzk(sandbox).runUntil(r -> r.exitCode() == 0, "topic", "describe", topic, "-o", "json")).out())
                .get(0).get("partitions")) {
            List<Integer> r = new ArrayList<>();
            p.get("replicas").forEach(b -> r.add(b.asInt()));
            out.put(p.get("partition").asInt(), r);
        }
        return out;
    }

    /** No broker has a throttle rate and the topic no throttled-replica lists. */
    private void assertNoThrottles(Sandbox sandbox, String topic, int brokers) {
        // In ZooKeeper mode a broker applies a config change when ZooKeeper notifies it, a moment
        // after the change is made: each is asked again until it shows the throttle gone (10 s).
        for (int b = 1; b <= brokers; b++) {
            String configs = ok(kzk(sandbox).runUntil(r -> r.exitCode() == 0 && !r.out().contains("replication.throttled.rate"),
                    "config", "get", "broker", Integer.toString(b), "-o", "json")).out();
            assertFalse(configs.contains("replication.throttled.rate"), "broker " + b + " keeps a throttle: " + configs);
        }
        String topicConfigs = ok(kzk(sandbox).runUntil(r -> r.exitCode() == 0 && !r.out().contains("throttled.replicas"),
                "config", "get", "topic", topic, "-o", "json")).out();
        assertFalse(topicConfigs.contains("throttled.replicas"), topic + " keeps throttled replicas: " + topicConfigs);
    }

    private long consumed(Sandbox sandbox, String topic) {
        return ok(kzk(sandbox).run("consume", topic, "-e", "-q")).out().lines().count();
    }

    @Test
    void decommissioningABrokerMovesOnlyItsReplicasThrottledAndLeavesNoThrottle(@Brokers(6) Sandbox sandbox) throws Exception {
        // Racks round-robin: 1,4 in rack-a; 2,5 in rack-b; 3,6 in rack-c.
        topic(sandbox, "rs-decom", "1:2:3,2:3:4,3:4:5,4:5:6,5:6:1,6:1:2", 3000, 200);
        Path plan = home.resolve("decom.json");
        var planned = ok(kzk(sandbox).run("reassign", "plan", "--topics", "rs-decom", "--remove-brokers", "6",
                "--out", plan.toString(), "-o", "json"));
        JsonNode summary = JSON.readTree(planned.out()).get("summary");
        assertEquals(3, summary.get("replica_moves").asInt(), "only broker 6's three replicas move: " + planned.out());
        assertTrue(summary.get("violations_after").isEmpty() || summary.get("violations_after").toString().contains("LEADERS")
                || summary.get("violations_after").toString().contains("UNBALANCED"), planned.out());

        var dry = kzk(sandbox).run("reassign", "apply", plan.toString(), "--dry-run");
        assertEquals(ExitCode.PENDING.code(), dry.exitCode(), dry.toString());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("reassign", "apply", plan.toString()).exitCode(), "needs --yes");

        var applied = ok(kzk(sandbox).run("reassign", "apply", plan.toString(), "--throttle", "10MB/s", "--wait", "--yes"));
        assertTrue(applied.err().contains("throttles removed"), applied.err());
        assertTrue(Files.exists(home.resolve("decom.rollback.json")), "rollback written beside the plan");
        replicas(sandbox, "rs-decom").forEach((p, r) -> assertFalse(r.contains(6), "partition " + p + " still on broker 6: " + r));
        assertNoThrottles(sandbox, "rs-decom", 6);
        assertEquals(3000, consumed(sandbox, "rs-decom"), "every message still readable");
        var status = kzk(sandbox).run("reassign", "status", plan.toString());
        assertEquals(0, status.exitCode(), status.toString());

        // Kafka's own tool takes kzk's plan file unchanged: the rollback moves the partitions back.
        ok(kzk(sandbox).run("reassign", "apply", home.resolve("decom.rollback.json").toString(), "--wait", "--yes"));
        assertTrue(replicas(sandbox, "rs-decom").values().stream().anyMatch(r -> r.contains(6)), "rolled back onto broker 6");
    }

    @Test
    void anAddedBrokerReceivesItsShare(@Brokers(6) Sandbox sandbox) throws Exception {
        topic(sandbox, "rs-add", "1:2:3,2:3:4,3:4:5,4:5:1,5:1:2,1:2:3,2:3:4,3:4:5,4:5:1,5:1:2", 100, 10);
        Path plan = home.resolve("add.json");
        ok(kzk(sandbox).run("reassign", "plan", "--topics", "rs-add", "--add-brokers", "6", "--out", plan.toString()));
        ok(kzk(sandbox).run("reassign", "apply", plan.toString(), "--wait", "--yes"));
        Map<Integer, Integer> perBroker = new TreeMap<>();
        replicas(sandbox, "rs-add").values().forEach(r -> r.forEach(b -> perBroker.merge(b, 1, Integer::sum)));
        assertEquals(5, perBroker.getOrDefault(6, 0), "30 replicas on 6 brokers in 3 racks: 5 each; got " + perBroker);
        assertEquals(100, consumed(sandbox, "rs-add"));
    }

    @Test
    void replicationFactorGoesUpAndDownInRounds(@Brokers(6) Sandbox sandbox) throws Exception {
        topic(sandbox, "rs-rf", "1:2,2:3,3:4,4:5,5:6,6:1,1:3,2:4,3:5,4:6", 50, 10);
        Path up = home.resolve("up.json");
        ok(kzk(sandbox).run("reassign", "plan", "--topics", "rs-rf", "--replication-factor", "3", "--out", up.toString()));
        var rounds = ok(kzk(sandbox).run("reassign", "apply", up.toString(), "--batch", "5", "--yes"));
        assertTrue(rounds.err().contains("round 1: 5 partitions") && rounds.err().contains("round 2: 5 partitions"), rounds.err());
        assertTrue(rounds.err().indexOf("round 1") < rounds.err().indexOf("round 2"), rounds.err());
        replicas(sandbox, "rs-rf").forEach((p, r) -> assertEquals(3, r.size(), "partition " + p + ": " + r));
        Path down = home.resolve("down.json");
        ok(kzk(sandbox).run("reassign", "plan", "--topics", "rs-rf", "--replication-factor", "2", "--out", down.toString()));
        ok(kzk(sandbox).run("reassign", "apply", down.toString(), "--max-moves-per-broker", "2", "--yes"));
        replicas(sandbox, "rs-rf").forEach((p, r) -> assertEquals(2, r.size(), "partition " + p + ": " + r));
        assertEquals(50, consumed(sandbox, "rs-rf"));
    }

    @Test
    void aSlowThrottledMoveIsFollowedThenCancelledMidwayWithItsBrokerKilled(@Brokers(6) Sandbox sandbox) throws Exception {
        topic(sandbox, "rs-slow", "1:2", 4000, 1000); // ~4 MB on brokers 1 and 2
        Path plan = home.resolve("slow.json");
        Files.writeString(plan, "{\"version\":1,\"partitions\":[{\"topic\":\"rs-slow\",\"partition\":0,\"replicas\":[1,2,4]}]}\n");
        ok(kzk(sandbox).run("reassign", "apply", plan.toString(), "--throttle", "20KB/s", "--yes"));
        var moving = kzk(sandbox).run("reassign", "status", plan.toString(), "-o", "json");
        assertEquals(ExitCode.PENDING.code(), moving.exitCode(), moving.toString());
        assertEquals("MOVING", JSON.readTree(moving.out()).get("partitions").get(0).get("state").asText(), moving.out());
        String broker1 = ok(kzk(sandbox).run("config", "get", "broker", "1", "-o", "json")).out();
        assertTrue(broker1.contains("leader.replication.throttled.rate"), "throttled while moving: " + broker1);
        String topicConfigs = ok(kzk(sandbox).run("config", "get", "topic", "rs-slow", "-o", "json")).out();
        assertTrue(topicConfigs.contains("0:1,0:2") && topicConfigs.contains("0:4"), topicConfigs);
        var refused = kzk(sandbox).run("reassign", "apply", plan.toString(), "--yes");
        assertEquals(ExitCode.CONFLICT.code(), refused.exitCode(), "another reassignment is running: " + refused);

        // Producing and consuming go on during the throttled move.
        ok(kzk(sandbox).stdin("during-1\nduring-2\n").run("produce", "rs-slow"));
        assertEquals(4002, consumed(sandbox, "rs-slow"));

        sandbox.kill("broker-4");
        try {
            var stuck = kzk(sandbox).run("reassign", "status", plan.toString(), "-o", "json");
            assertEquals(ExitCode.PENDING.code(), stuck.exitCode(), stuck.toString());
            JsonNode p = JSON.readTree(stuck.out()).get("partitions").get(0);
            assertEquals("MOVING", p.get("state").asText(), stuck.out());
            assertFalse(p.get("isr").toString().contains("4"), "broker 4 is not in sync: " + stuck.out());
            var named = kzk(sandbox).runUntil(r -> r.out().contains("Stuck"), "reassign", "status", plan.toString());
            assertTrue(named.out().contains("rs-slow-0: a broker they are copied to is down"), named.out());

            var cancelled = ok(kzk(sandbox).run("reassign", "cancel", plan.toString(), "--yes"));
            assertTrue(cancelled.err().contains("stopped 1 move"), cancelled.err());
            assertTrue(cancelled.err().contains("except the rate on brokers [4], which are down"), cancelled.err());
            assertEquals(List.of(1, 2), replicas(sandbox, "rs-slow").get(0), "the original replicas are back");
            assertNoThrottles(sandbox, "rs-slow", 3);
            assertEquals(0, ok(kzk(sandbox).run("reassign", "status")).exitCode(), "nothing in progress");
        } finally {
            sandbox.restart("broker-4");
        }
        // Back, broker 4 still has the rate kzk set; a status of the plan takes it away.
        var after = kzk(sandbox).run("reassign", "status", plan.toString());
        assertEquals(ExitCode.PENDING.code(), after.exitCode(), "cancelled, so not done: " + after);
        assertTrue(after.out().contains("waiting"), after.out());
        assertNoThrottles(sandbox, "rs-slow", 6);
    }

    @Test
    void malformedAndUnknownPlansAreRefusedWithTheLineAndChangeNothing(@Brokers(6) Sandbox sandbox) throws Exception {
        topic(sandbox, "rs-bad", "1:2", 0, 0);
        Path plan = home.resolve("bad.json");
        Files.writeString(plan, "{\"version\":1,\"partitions\":[\n{\"topic\":\"rs-bad\",\"partition\":0,\"replicas\":[1,9]}\n]}\n");
        var unknown = kzk(sandbox).run("reassign", "apply", plan.toString(), "--yes");
        assertEquals(ExitCode.USAGE.code(), unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains(plan + ":2: rs-bad-0 names unknown broker 9"), unknown.err());
        Files.writeString(plan, "{\"version\":1,\"partitions\":[\n{\"topic\":\"rs-bad\",\"partition\":5,\"replicas\":[1,2]}\n]}\n");
        assertTrue(kzk(sandbox).run("reassign", "apply", plan.toString(), "--yes").err().contains(plan + ":2: partition rs-bad-5 does not exist"));
        Files.writeString(plan, "{\"version\":2,\"partitions\":[]}");
        var version = kzk(sandbox).run("reassign", "apply", plan.toString(), "--yes");
        assertEquals(ExitCode.USAGE.code(), version.exitCode());
        assertTrue(version.err().contains(plan + ":1: version must be 1"), version.err());
        assertEquals(List.of(1, 2), replicas(sandbox, "rs-bad").get(0));
    }

    @Test
    void onKraftAPlanIsAppliedAndFollowed(@KRaft Sandbox sandbox) throws Exception {
        topic(sandbox, "rs-kraft", "1:2,2:3,3:1", 30, 10);
        Path plan = home.resolve("kraft.json");
        ok(kzk(sandbox).run("reassign", "plan", "--topics", "rs-kraft", "--replication-factor", "3", "--out", plan.toString()));
        ok(kzk(sandbox).run("reassign", "apply", plan.toString(), "--throttle", "50MB/s", "--wait", "--yes"));
        replicas(sandbox, "rs-kraft").forEach((p, r) -> assertEquals(3, r.size(), "partition " + p + ": " + r));
        assertNoThrottles(sandbox, "rs-kraft", 3);
        assertEquals(30, consumed(sandbox, "rs-kraft"));
    }
}
