package io.kzk.zk.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The AdminServer's JSON, as ZooKeeper 3.8.4 answers /commands/srvr and /commands/mntr. */
class AdminServerStatusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsRoleZxidLatencyConnectionsZnodesAndWatches() throws Exception {
        var srvr = JSON.readTree("""
                { "version" : "3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
                  "read_only" : false,
                  "server_stats" : { "last_processed_zxid" : 8589934634, "outstanding_requests" : 2, "server_state" : "leader",
                    "avg_latency" : 0.5, "max_latency" : 7, "min_latency" : 0, "num_alive_client_connections" : 4 },
                  "node_count" : 57, "command" : "server_stats", "error" : null }""");
        var mntr = JSON.readTree("{ \"server_state\" : \"leader\", \"watch_count\" : 12, \"znode_count\" : 57 }");
        ServerStatus s = AdminServerStatus.parse("zk1:2181", srvr, mntr);
        assertEquals("leader", s.mode());
        assertEquals("3.8.4", s.version());
        assertEquals("0x20000002a", s.zxid());
        assertEquals(2L, s.epoch());
        assertEquals(7L, s.latencyMax());
        assertEquals(4, s.connections());
        assertEquals(57L, s.znodes());
        assertEquals(12L, s.watches());
        assertNull(s.error());
    }

    @Test
    void aServerWithoutQuorumSaysSo() throws Exception {
        var srvr = JSON.readTree("{ \"error\" : \"This ZooKeeper instance is not currently serving requests\" }");
        assertEquals("not serving", AdminServerStatus.parse("zk1:2181", srvr, null).mode());
    }
}
