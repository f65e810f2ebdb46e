package io.kzk.zk.kafka;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import io.kzk.sandbox.Sandbox;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.ensemble.EnsembleStatus;
import io.kzk.zk.ensemble.ServerStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;

@SandboxTest
class KafkaZnodesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void readsRegisteredBrokersUnderTheGivenChroot(Sandbox sandbox) {
        try (CuratorFramework zk = ZkConnections.connect(sandbox.zookeeperConnect().orElseThrow(), null, TIMEOUT)) {
            KafkaZnodes kafka = KafkaZnodes.locate(zk);
            assertEquals("", kafka.root());
            assertEquals(Set.of(1, 2, 3), kafka.registeredBrokerIds());
        }
    }

    @Test
    void findsTheClusterOneLevelDownWhenTheChrootIsLeftOut(Sandbox sandbox) {
        String withoutChroot = sandbox.zookeeperConnect().orElseThrow().replace(Sandbox.CHROOT, "");
        try (CuratorFramework zk = ZkConnections.connect(withoutChroot, null, TIMEOUT)) {
            KafkaZnodes kafka = KafkaZnodes.locate(zk);
            assertEquals(Sandbox.CHROOT, kafka.root());
            assertEquals(Set.of(1, 2, 3), kafka.registeredBrokerIds());
        }
    }

    @Test
    void reportsNoKafkaClusterUnderAnEmptyChroot(Sandbox sandbox) {
        String elsewhere = sandbox.zookeeperConnect().orElseThrow().replace(Sandbox.CHROOT, "/nothing-here");
        try (CuratorFramework zk = ZkConnections.connect(elsewhere, null, TIMEOUT)) {
            KzkException e = assertThrows(KzkException.class, () -> KafkaZnodes.locate(zk));
            assertEquals(FailureKind.NOT_FOUND, e.kind());
        }
    }

    @Test
    void ensembleStatusShowsAStandaloneServer(Sandbox sandbox) {
        List<ServerStatus> status = EnsembleStatus.of(ZkAddress.parse(sandbox.zookeeperConnect().orElseThrow()), TIMEOUT);
        assertEquals(1, status.size());
        assertEquals("standalone", status.get(0).mode());
        assertTrue(status.get(0).znodes() > 10);
    }

    @Test
    void anUnreachableEnsembleFailsWithinTheTimeoutNamingTheAddress() {
        long start = System.nanoTime();
        KzkException e = assertThrows(KzkException.class,
                () -> ZkConnections.connect("127.0.0.1:1", null, Duration.ofSeconds(2)));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(FailureKind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        assertTrue(elapsedMs < 6000, "took " + elapsedMs + " ms");
    }
}
