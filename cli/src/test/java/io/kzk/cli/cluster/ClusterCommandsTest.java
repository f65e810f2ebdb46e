package io.kzk.cli.cluster;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.KRaft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cluster describe, cluster health and broker list against real brokers. */
@SandboxTest
class ClusterCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        KzkRun run = KzkRun.isolated(home).env("KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers());
        sandbox.zookeeperConnect().ifPresent(zk -> run.env("KZK_ZOOKEEPER", zk));
        return run.run(args);
    }

    @Test
    void describeShowsClusterBrokersAndZookeeper(Sandbox sandbox) throws Exception {
        var r = kzk(sandbox, "cluster", "describe", "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(22, doc.get("cluster_id").asText().length(), r.out());
        assertEquals("zookeeper", doc.get("metadata_mode").asText());
        assertEquals(3, doc.get("brokers").size());
        assertEquals(1, doc.get("brokers").get(0).get("id").asInt());
        assertEquals("rack-a", doc.get("brokers").get(0).get("rack").asText());
        assertTrue(doc.get("controller_id").isInt());
        assertEquals(sandbox.zookeeperConnect().orElseThrow(), doc.get("zookeeper").get("connect").asText());
        assertEquals("standalone", doc.get("zookeeper").get("servers").get(0).get("mode").asText());

        var table = kzk(sandbox, "cluster", "describe");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("Metadata:") && table.out().contains("controller"), table.out());
        assertTrue(table.out().contains("ZooKeeper servers"), table.out());
    }

    @Test
    void describeFindsZookeeperFromTheBrokersWhenNotGiven(Sandbox sandbox) throws Exception {
        var r = KzkRun.isolated(home).run("cluster", "describe", "-b", sandbox.bootstrapServers(), "-o", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode zk = JSON.readTree(r.out()).get("zookeeper");
        assertEquals("brokers", zk.get("source").asText());
        assertEquals(sandbox.zookeeperConnect().orElseThrow(), zk.get("connect").asText());
    }

    @Test
    void brokerListInEveryFormat(Sandbox sandbox) throws Exception {
        var json = kzk(sandbox, "broker", "list", "-o", "json");
        assertEquals(3, JSON.readTree(json.out()).size(), json.toString());
        var plain = kzk(sandbox, "broker", "list", "-o", "plain");
        List<String> lines = plain.out().lines().toList();
        assertEquals(3, lines.size(), plain.toString());
        assertTrue(lines.get(0).startsWith("1\t127.0.0.1\t"), lines.get(0));
        var yaml = kzk(sandbox, "broker", "ls", "-o", "yaml");
        assertTrue(yaml.out().startsWith("- id: 1\n"), yaml.out());
    }

    @Test
    void healthGoesRedWhenABrokerDiesAndGreenWhenItIsBack(Sandbox sandbox) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", (Object) sandbox.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("health-check", 6, (short) 3)
                    .configs(Map.of("min.insync.replicas", "3")))).all().get();
        }
        var green = kzk(sandbox, "cluster", "health", "--wait", "60s");
        assertEquals(0, green.exitCode(), green.toString());
        assertTrue(green.out().contains("healthy"), green.out());

        sandbox.kill("broker-3");
        try {
            // At once, before the brokers' metadata has dropped broker 3: its port refuses connections.
            var first = kzk(sandbox, "cluster", "health", "-o", "json");
            assertEquals(ExitCode.UNHEALTHY.code(), first.exitCode(), first.toString());
            assertTrue(first.out().contains("broker 3 at ") || first.out().contains("health-check-"), first.out());
            // Until the controller has moved leadership away from broker 3, its partitions show
            // no leader (offline); then the 6 partitions are led elsewhere with broker 3 out of the ISR.
            KzkRun.Result red = null;
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                red = kzk(sandbox, "cluster", "health", "-o", "json");
                if (red.exitCode() == ExitCode.UNHEALTHY.code()
                        && count(JSON.readTree(red.out()).get("under_replicated_partitions"), "health-check") == 6) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(ExitCode.UNHEALTHY.code(), red.exitCode(), red.toString());
            JsonNode report = JSON.readTree(red.out());
            assertEquals(false, report.get("healthy").asBoolean());
            assertEquals(6, count(report.get("under_replicated_partitions"), "health-check"), red.out());
            assertEquals(6, count(report.get("under_min_isr_partitions"), "health-check"), red.out());
            assertTrue(report.get("problems").toString().contains("health-check-0"), red.out());
            assertEquals(List.of(1, 2), ids(report.get("broker_registration").get("serving")), red.out());
            var table = kzk(sandbox, "cluster", "health");
            assertEquals(ExitCode.UNHEALTHY.code(), table.exitCode());
            assertTrue(table.out().contains("UNHEALTHY") && table.out().contains("under-replicated"), table.out());
        } finally {
            sandbox.restart("broker-3");
        }
        var back = kzk(sandbox, "cluster", "health", "--wait", "90s");
        assertEquals(0, back.exitCode(), back.toString());
    }

    @Test
    void anUnreachableZookeeperIsReportedBesideThePartitionsHealthQuickly(Sandbox sandbox) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", (Object) sandbox.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("health-without-zookeeper", 2, (short) 1))).all().get();
        }
        long start = System.nanoTime();
        var r = KzkRun.isolated(home).run("cluster", "health", "-b", sandbox.bootstrapServers(), "-z", "127.0.0.1:1", "-o", "json");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.UNHEALTHY.code(), r.exitCode(), r.toString());
        JsonNode report = JSON.readTree(r.out());
        assertTrue(report.get("partitions").asInt() > 0, r.out());
        assertTrue(report.get("broker_registration").isNull(), r.out());
        assertTrue(report.get("problems").toString().contains("cannot reach ZooKeeper at 127.0.0.1:1 (connection refused)"), r.out());
        assertTrue(seconds < 10, "took " + seconds + "s");
    }

    @Test
    void waitingShowsOnATerminalWhatItWaitsForAndNothingElsewhereWithoutVerbose(Sandbox sandbox) {
        // ZooKeeper refusing keeps the cluster unhealthy for the whole wait
        var tty = KzkRun.isolated(home).terminal(true)
                .run("cluster", "health", "-b", sandbox.bootstrapServers(), "-z", "127.0.0.1:1", "--wait", "3s");
        assertEquals(ExitCode.UNHEALTHY.code(), tty.exitCode(), tty.toString());
        assertTrue(tty.err().contains("\rkzk: waiting (") || tty.err().contains("\u001b[Kkzk: waiting ("), tty.err());
        assertTrue(tty.err().contains("cannot reach ZooKeeper"), tty.err());
        assertTrue(tty.err().endsWith("\r\u001b[K"), "the line is erased at the end: " + tty.err());
        var piped = KzkRun.isolated(home).terminal(false)
                .run("cluster", "health", "-b", sandbox.bootstrapServers(), "-z", "127.0.0.1:1", "--wait", "2s");
        assertEquals(ExitCode.UNHEALTHY.code(), piped.exitCode(), piped.toString());
        assertEquals("", piped.err());
    }

    @Test
    void anUnreachableBootstrapFailsFastWithItsOwnExitCode() {
        long start = System.nanoTime();
        var r = KzkRun.isolated(home).run("cluster", "describe", "-b", "127.0.0.1:1", "--timeout", "2s");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ExitCode.UNREACHABLE.code(), r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().contains("127.0.0.1:1 (connection refused)"), r.err());
        assertTrue(ms < 10_000, "took " + ms + " ms with --timeout 2s");
    }

    @Test
    void contextsAndEnvironmentOverrideAsDocumented(Sandbox sandbox) {
        KzkRun run = KzkRun.isolated(home);
        assertEquals(0, run.run("context", "set", "broken", "-b", "127.0.0.1:1", "--use").exitCode());
        assertEquals(0, run.run("context", "set", "real", "-b", sandbox.bootstrapServers()).exitCode());
        // The current context points nowhere...
        assertEquals(ExitCode.UNREACHABLE.code(), run.run("broker", "list", "--timeout", "1s").exitCode());
        // ...KZK_CONTEXT picks another, --context wins over KZK_CONTEXT, and -b over both.
        assertEquals(0, run.env("KZK_CONTEXT", "real").run("broker", "list").exitCode());
        assertEquals(ExitCode.UNREACHABLE.code(), run.run("broker", "list", "--context", "broken", "--timeout", "1s").exitCode());
        assertEquals(0, run.run("broker", "list", "--context", "broken", "-b", sandbox.bootstrapServers()).exitCode());
        var verbose = run.run("broker", "list", "-v");
        assertTrue(verbose.err().contains("(from context real)"), verbose.toString());
        assertEquals(ExitCode.NOT_FOUND.code(), run.run("broker", "list", "--context", "nope").exitCode());
    }

    @Test
    void kraftClustersWorkThroughTheKafkaProtocol(@KRaft Sandbox kraft) throws Exception {
        var describe = KzkRun.isolated(home).run("cluster", "describe", "-b", kraft.bootstrapServers(), "-o", "json");
        assertEquals(0, describe.exitCode(), describe.toString());
        JsonNode doc = JSON.readTree(describe.out());
        assertEquals("kraft", doc.get("metadata_mode").asText());
        assertTrue(doc.get("zookeeper").isNull());
        assertEquals(kraft.clusterId(), doc.get("cluster_id").asText());
        var health = KzkRun.isolated(home).run("cluster", "health", "-b", kraft.bootstrapServers());
        assertEquals(0, health.exitCode(), health.toString());
        assertEquals(0, KzkRun.isolated(home).run("broker", "list", "-b", kraft.bootstrapServers()).exitCode());
    }

    private static long count(JsonNode partitions, String topic) {
        long n = 0;
        for (JsonNode p : partitions) {
            if (p.get("topic").asText().equals(topic)) {
                n++;
            }
        }
        return n;
    }

    private static List<Integer> ids(JsonNode array) {
        List<Integer> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
