package io.kzk.zk.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleStatusTest {
    @Test
    void parsesASrvrReply() {
        String reply = """
                Zookeeper version: 3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC
                Latency min/avg/max: 0/0.5/3
                Received: 120
                Sent: 119
                Connections: 4
                Outstanding: 0
                Zxid: 0x10000002a
                Mode: leader
                Node count: 57
                """;
        ServerStatus s = EnsembleStatus.parseSrvr("zk1:2181", reply);
        assertEquals("leader", s.mode());
        assertEquals("3.8.4", s.version());
        assertEquals("0x10000002a", s.zxid());
        assertEquals(57L, s.znodes());
        assertEquals(4, s.connections());
        assertNull(s.error());
    }

    @Test
    void saysWhichSettingToChangeWhenFourLetterWordsAreOff() {
        ServerStatus s = EnsembleStatus.parseSrvr("zk1:2181", "srvr is not executed because it is not in the whitelist.\n");
        assertEquals("unknown", s.mode());
        assertTrue(s.error().contains("4lw.commands.whitelist"));
    }

    @Test
    void aQuorumWithOneServerDownIsUnhealthyButNotLeaderless() {
        ServerStatus leader = EnsembleStatus.parseSrvr("zk1:2181", "Zxid: 0x200000001\nMode: leader\n");
        ServerStatus follower = EnsembleStatus.parseSrvr("zk2:2181", "Zxid: 0x200000001\nMode: follower\n");
        ServerStatus down = ServerStatus.failed("zk3:2181", "unreachable", "Connection refused");
        EnsembleHealth health = EnsembleStatus.judge(List.of(leader, follower, down));
        assertFalse(health.healthy());
        assertTrue(health.quorum());
        assertEquals(List.of("zk3:2181 is unreachable: Connection refused"), health.problems());
        assertEquals(2L, leader.epoch());
    }

    @Test
    void twoOfThreeDownIsNoQuorum() {
        ServerStatus follower = EnsembleStatus.parseSrvr("zk2:2181", "This ZooKeeper instance is not currently serving requests\n");
        EnsembleHealth health = EnsembleStatus.judge(List.of(follower,
                ServerStatus.failed("zk1:2181", "unreachable", null), ServerStatus.failed("zk3:2181", "unreachable", null)));
        assertFalse(health.quorum());
        assertTrue(health.problems().contains("no quorum: 0 of 3 servers serving"), health.problems().toString());
    }
}
