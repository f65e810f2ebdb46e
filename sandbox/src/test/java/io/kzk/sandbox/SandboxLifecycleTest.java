package io.kzk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts real clusters: each test pays for its own, so there are few of them. Tagged as
 * {@code @SandboxTest} tags (the kit is built on this module, so it cannot be used here), which
 * keeps these out of {@code mvn test -Dgroups=unit}.
 */
@Tag("sandbox")
class SandboxLifecycleTest {
    @TempDir
    Path tmp;

    @Test
    void zookeeperEnsembleOfThreeWithRacksServesAndGoesDownWithoutTrace() throws Exception {
        Path dir = tmp.resolve("sb");
        SandboxSpec spec = new SandboxSpec(2, 3, List.of("r1", "r2"), false, dir);
        List<Long> pids;
        try (Sandbox sandbox = Sandbox.start(spec)) {
            assertTrue(sandbox.zookeeperConnect().orElseThrow().endsWith("/kafka"));
            assertEquals(3, sandbox.zookeeperConnect().orElseThrow().split(",").length);

            Sandbox attached = Sandbox.attach(dir).orElseThrow();
            assertEquals(sandbox.bootstrapServers(), attached.bootstrapServers());

            try (Admin admin = Admin.create(props(sandbox))) {
                Set<String> racks = admin.describeCluster().nodes().get().stream().map(Node::rack)
                        .collect(Collectors.toSet());
                assertEquals(Set.of("r1", "r2"), racks);
            }

            attached.stop("zk-1");
            assertFalse(attached.isRunning("zk-1"));
            attached.restart("zk-1");
            assertTrue(Sandbox.attach(dir).orElseThrow().isRunning("zk-1"));
            pids = attached.nodes().stream().map(SandboxNode::pid).toList();
            attached.down();
            assertEquals(5, pids.size());
        }
        assertFalse(Files.exists(dir));
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " still alive");
        }
    }

    /** KRaft, and secured too (one cluster for both): the SCRAM user is made through the PLAINTEXT listener there as well. */
    @Test
    void kraftModeServesWithoutZookeeperAndOverItsSecuredListener() throws Exception {
        ListenerSecurity scramTls = ListenerSecurity.parse("sasl-scram+tls");
        SandboxSpec spec = new SandboxSpec(1, 1, List.of(), true, tmp.resolve("kraft"), List.of(scramTls));
        try (Sandbox sandbox = Sandbox.start(spec)) {
            assertTrue(sandbox.zookeeperConnect().isEmpty());
            assertTrue(sandbox.zookeeperAuth().isEmpty());
            Properties plaintext = new Properties();
            plaintext.put("bootstrap.servers", sandbox.plaintextBootstrapServers());
            try (Admin admin = Admin.create(plaintext)) {
                assertEquals(sandbox.clusterId(), admin.describeCluster().clusterId().get());
                assertEquals(1, admin.describeCluster().nodes().get().size());
            }
            Properties secured = new Properties();
            try (var in = Files.newBufferedReader(sandbox.clientConfig().orElseThrow())) {
                secured.load(in);
            }
            assertEquals("SASL_SSL", secured.getProperty("security.protocol"));
            secured.put("bootstrap.servers", sandbox.bootstrapServers());
            assertEquals(sandbox.bootstrapServers(scramTls), sandbox.bootstrapServers());
            try (Admin admin = Admin.create(secured)) {
                assertEquals(sandbox.clusterId(), admin.describeCluster().clusterId().get());
                assertEquals(List.of("kzk"), admin.describeUserScramCredentials().users().get());
            }
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(sandbox.clientConfig().orElseThrow())));
        }
    }

    private static Properties props(Sandbox sandbox) {
        Properties p = new Properties();
        p.put("bootstrap.servers", sandbox.bootstrapServers());
        return p;
    }
}
