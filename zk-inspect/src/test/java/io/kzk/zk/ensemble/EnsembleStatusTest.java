package io.kzk.zk.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
