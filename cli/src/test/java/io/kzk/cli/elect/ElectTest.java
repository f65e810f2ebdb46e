package io.kzk.cli.elect;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.Eventually;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.KRaft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kzk elect against real brokers: preferred after a restart, unclean with only an out-of-sync replica, the controller. */
@SandboxTest
@Timeout(300)
class ElectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        KzkRun run = KzkRun.against(home, sandbox);
        sandbox.zookeeperConnect().ifPresent(zk -> run.env("KZK_ZOOKEEPER", zk));
        return run;
    }

    private JsonNode partitions(Sandbox sandbox, String topic) throws Exception {
        // A topic made a moment ago may not be known yet to the broker asked.
        var r = kzk(sandbox).runUntil(x -> x.exitCode() == 0, "topic", "describe", topic, "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        return JSON.readTree(r.out()).get(0).get("partitions");
    }

    private static List<Integer> nonPreferred(JsonNode partitions) {
        List<Integer> out = new ArrayList<>();
        partitions.forEach(p -> {
            if (!p.get("leader_is_preferred").asBoolean()) {
                out.add(p.get("partition").asInt());
            }
        });
        return out;
    }

    @Test
    void preferredElectionRestoresLeadersAfterABrokerRestart(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "el-pref", "--partitions", "6", "--replication-factor", "3").exitCode());
        assertTrue(nonPreferred(partitions(sandbox, "el-pref")).isEmpty(), "a new topic is led by its preferred replicas");
        sandbox.stop("broker-2");
        try {
            eventually(() -> !nonPreferred(partitions(sandbox, "el-pref")).isEmpty(), "leaders moved off broker 2");
        } finally {
            sandbox.restart("broker-2");
        }
        eventually(() -> {
            JsonNode ps = partitions(sandbox, "el-pref");
            boolean allInSync = true;
            for (JsonNode p : ps) {
                allInSync &= p.get("isr").size() == 3;
            }
            return allInSync;
        }, "broker 2 back in every ISR");
        List<Integer> before = nonPreferred(partitions(sandbox, "el-pref"));
        assertTrue(!before.isEmpty(), "leaders piled up elsewhere after the restart");

        var dry = kzk(sandbox).run("elect", "preferred", "--topic", "el-pref", "--dry-run", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(before.size(), count(JSON.readTree(dry.out()).get("partitions"), "WOULD_ELECT"), dry.out());
        assertEquals(before, nonPreferred(partitions(sandbox, "el-pref")), "a dry run elects nothing");

        var elected = kzk(sandbox).run("elect", "preferred", "--all", "-o", "json");
        assertEquals(0, elected.exitCode(), elected.toString());
        JsonNode results = JSON.readTree(elected.out()).get("partitions");
        int electedHere = 0;
        for (JsonNode r : results) {
            if (r.get("topic").asText().equals("el-pref") && r.get("outcome").asText().equals("ELECTED")) {
                electedHere++;
                assertEquals(r.get("preferred").asInt(), r.get("leader_after").asInt(), r.toString());
            }
        }
        assertEquals(before.size(), electedHere, elected.out());
        // The brokers' metadata learns the new leaders a moment after the controller elects them.
        eventually(() -> nonPreferred(partitions(sandbox, "el-pref")).isEmpty(), "every leader preferred again");
        var again = kzk(sandbox).run("elect", "preferred", "--topic", "el-pref");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.err().contains("6 not needed"), again.err());
    }

    @Test
    void uncleanElectionMakesTheOutOfSyncReplicaLeaderAfterConfirmation(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "el-unclean", "--replica-assignment", "1:3").exitCode());
        assertEquals(0, kzk(sandbox).stdin("a\nb\n").run("produce", "el-unclean").exitCode());
        sandbox.stop("broker-3");
        try {
            eventually(() -> partitions(sandbox, "el-unclean").get(0).get("isr").size() == 1, "broker 3 out of the ISR");
            assertEquals(0, kzk(sandbox).stdin("c\n").run("produce", "el-unclean").exitCode());
            sandbox.stop("broker-1");
            sandbox.restart("broker-3");
            eventually(() -> partitions(sandbox, "el-unclean").get(0).get("leader").isNull(), "partition offline");

            var refused = kzk(sandbox).run("elect", "unclean", "--topic", "el-unclean");
            assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("may lose") || refused.err().contains("lost"), refused.err());
            var declined = kzk(sandbox).terminal(true).stdin("n\n").run("elect", "unclean", "--topic", "el-unclean");
            assertEquals(ExitCode.FAILED.code(), declined.exitCode(), declined.toString());
            assertTrue(partitions(sandbox, "el-unclean").get(0).get("leader").isNull(), "declined: still no leader");

            // the controller has just lost broker 1 and seen broker 3 come back: on a loaded machine
            // (CI's two cores) it once took longer than the default 30 s to answer
            var elected = kzk(sandbox).terminal(true).stdin("y\n").run("elect", "unclean", "--topic", "el-unclean", "-o", "json",
                    "--timeout", "90s");
            assertEquals(0, elected.exitCode(), elected.toString());
            JsonNode result = JSON.readTree(elected.out()).get("partitions").get(0);
            assertEquals("ELECTED", result.get("outcome").asText(), elected.out());
            eventually(() -> partitions(sandbox, "el-unclean").get(0).get("leader").asInt(-1) == 3, "broker 3 leads");
        } finally {
            sandbox.restart("broker-1");
            sandbox.restart("broker-3");
        }
    }

    @Test
    void controllerReElectionRaisesTheEpochByOne(Sandbox sandbox) throws Exception {
        var dry = kzk(sandbox).run("elect", "controller", "--dry-run", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        int epoch = JSON.readTree(dry.out()).get("before").get("epoch").asInt();
        var refused = kzk(sandbox).run("elect", "controller");
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), "needs --yes without a terminal: " + refused);
        var moved = kzk(sandbox).run("elect", "controller", "--yes", "-o", "json");
        assertEquals(0, moved.exitCode(), moved.toString());
        JsonNode view = JSON.readTree(moved.out());
        assertTrue(view.get("before").get("epoch").asInt() >= epoch, moved.out());
        assertEquals(view.get("before").get("epoch").asInt() + 1, view.get("after").get("epoch").asInt(), moved.out());
        eventually(() -> kzk(sandbox).run("cluster", "describe").exitCode() == 0, "the cluster answers");
    }

    @Test
    void onKraftPreferredWorksAndControllerIsRefused(@KRaft Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "el-kraft", "--partitions", "3", "--replication-factor", "3").exitCode());
        var preferred = kzk(sandbox).run("elect", "preferred", "--topic", "el-kraft");
        assertEquals(0, preferred.exitCode(), preferred.toString());
        var controller = kzk(sandbox).run("elect", "controller", "--yes");
        assertEquals(ExitCode.USAGE.code(), controller.exitCode(), controller.toString());
        assertTrue(controller.err().contains("KRaft cluster") && controller.err().contains("cluster describe"), controller.err());
        var describe = kzk(sandbox).run("cluster", "describe");
        assertTrue(describe.out().contains("Metadata quorum leader"), describe.out());
    }

    @Test
    void badSelectionsAndElectionFilesNameTheProblem(Sandbox sandbox) throws Exception {
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("elect", "preferred").exitCode());
        var missing = kzk(sandbox).run("elect", "preferred", "--topic", "el-no-such");
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode(), missing.toString());
        Path file = home.resolve("election.json");
        Files.writeString(file, "{\"partitions\": [\n  {\"topic\": \"a\", \"partition\": 0},\n  {\"topic\": \"a\", \"partition\": 0}\n]}\n");
        var dup = kzk(sandbox).run("elect", "preferred", "--from-file", file.toString());
        assertEquals(ExitCode.USAGE.code(), dup.exitCode(), dup.toString());
        assertTrue(dup.err().contains(file + ":3: ") && dup.err().contains("a-0"), dup.err());
        Files.writeString(file, "");
        assertTrue(kzk(sandbox).run("elect", "preferred", "--from-file", file.toString()).err().contains(file + ":1: the file is empty"));
    }

    private static int count(JsonNode results, String outcome) {
        int n = 0;
        for (JsonNode r : results) {
            n += r.get("outcome").asText().equals(outcome) ? 1 : 0;
        }
        return n;
    }

    private static void eventually(Eventually.Check check, String what) throws Exception {
        Eventually.until(what, java.time.Duration.ofSeconds(60), check);
    }
}
