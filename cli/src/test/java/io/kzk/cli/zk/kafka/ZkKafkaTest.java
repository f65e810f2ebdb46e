package io.kzk.cli.zk.kafka;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.NodeRole;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zk kafka views, check and events on a ZooKeeper-mode cluster of their own: while it runs,
 * while a broker leaves, and after every broker is stopped.
 */
@SandboxTest
class ZkKafkaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void viewsCheckAndEventsWhileRunningLosingABrokerAndWithEveryBrokerDown(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxSpec.zookeeperMode(2, dir.resolve("sb")))) {
            // A connect string without the /kafka chroot: the views find Kafka one level down.
            String zookeeper = sandbox.zookeeperConnect().orElseThrow().replace(Sandbox.CHROOT, "");
            KzkRun kzk = KzkRun.isolated(home).env("KZK_ZOOKEEPER", zookeeper).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
            assertEquals(0, kzk.run("topic", "create", "orders", "--partitions", "4", "--replication-factor", "2",
                    "--config", "retention.ms=3600000").exitCode());

            JsonNode brokers = JSON.readTree(kzk.run("zk", "kafka", "brokers", "-o", "json").out());
            assertEquals(2, brokers.size());
            assertEquals(1, brokers.get(0).get("broker").asInt());
            assertTrue(brokers.get(0).get("endpoints").get(0).asText().startsWith("PLAINTEXT://127.0.0.1:"));
            JsonNode partitions = JSON.readTree(kzk.run("zk", "kafka", "partitions", "orders", "-o", "json").out());
            assertEquals(4, partitions.size());
            assertEquals(2, partitions.get(0).get("isr").size());
            JsonNode topics = JSON.readTree(kzk.run("zk", "kafka", "topics", "-o", "json").out());
            assertTrue(topics.toString().contains("\"topic\":\"orders\""), topics.toString());
            assertEquals("3600000", JSON.readTree(kzk.run("zk", "kafka", "configs", "topics", "orders", "-o", "json").out())
                    .get(0).get("config").get("retention.ms").asText());
            assertEquals(JSON.readTree(kzk.run("cluster", "describe", "-o", "json").out()).get("cluster_id").asText(),
                    kzk.run("zk", "kafka", "cluster-id").out().trim());
            assertEquals(ExitCode.NOT_FOUND.code(), kzk.run("zk", "kafka", "partitions", "no-such-topic").exitCode());
            var decoded = kzk.run("zk", "get", "/kafka/brokers/topics/orders/partitions/0/state");
            assertTrue(decoded.out().contains("Kafka partition state") && decoded.out().contains("leader epoch:"), decoded.out());

            var check = kzk.runUntil(r -> r.exitCode() == 0, "zk", "kafka", "check", "-o", "json");
            assertEquals(0, check.exitCode(), check.toString());
            assertTrue(JSON.readTree(check.out()).get("brokers_checked").asBoolean());

            KzkRun.Running events = kzk.start("zk", "kafka", "events", "--count", "2", "-o", "json");
            events.awaitErr("kzk: watch set on", 1, Duration.ofSeconds(30));
            assertEquals(0, kzk.run("topic", "create", "payments", "--partitions", "1", "--replication-factor", "1").exitCode());
            KzkRun.Result stream = events.result(Duration.ofSeconds(60));
            assertEquals(0, stream.exitCode(), stream.toString());
            List<String> seen = new ArrayList<>();
            for (String line : stream.out().lines().toList()) {
                JsonNode e = JSON.readTree(line);
                seen.add(e.get("event").asText() + " " + e.get("subject").asText());
            }
            assertTrue(seen.contains("topic_created payments"), seen.toString());
            assertTrue(seen.contains("partition_created payments-0"), seen.toString());

            KzkRun.Running leaving = kzk.start("zk", "kafka", "events", "--count", "1", "-o", "json");
            leaving.awaitErr("kzk: watch set on", 1, Duration.ofSeconds(30));
            sandbox.stop("broker-2");
            JsonNode left = JSON.readTree(leaving.result(Duration.ofSeconds(60)).out().lines().findFirst().orElseThrow());
            assertTrue(List.of("broker_left", "leader_changed", "isr_changed", "controller_gone").contains(left.get("event").asText()),
                    left.toString());

            sandbox.stop("broker-1");
            assertEquals(0, JSON.readTree(kzk.run("zk", "kafka", "brokers", "-o", "json").out()).size(), "no broker is registered");
            JsonNode stillThere = JSON.readTree(kzk.run("zk", "kafka", "partitions", "orders", "-o", "json").out());
            assertEquals(4, stillThere.size(), "partition state outlives the brokers");
            assertTrue(kzk.run("zk", "kafka", "controller").out().contains("no broker is controller now"));
            var down = kzk.run("zk", "kafka", "check", "-o", "json", "--timeout", "3s");
            assertEquals(ExitCode.UNHEALTHY.code(), down.exitCode(), down.toString());
            assertTrue(down.err().contains("only ZooKeeper's own consistency is checked"), down.err());
            String problems = JSON.readTree(down.out()).get("problems").toString();
            assertTrue(problems.contains("the cluster is down") && problems.contains("the partition is offline"), down.out());
            assertEquals(0, sandbox.nodes(NodeRole.BROKER).stream().filter(n -> sandbox.isRunning(n.name())).count());
        }
    }
}
