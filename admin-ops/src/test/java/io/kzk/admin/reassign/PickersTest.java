package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-method parts on their own: tie-breaks, who gets a replica, who drops one. */
class PickersTest {
    private static final PartitionId P = new PartitionId("t", 0);

    private static BrokerLoad load(Map<Integer, Integer> replicas, Map<Integer, Long> bytes) {
        return new BrokerLoad() {
            @Override
            public int replicas(int broker) {
                return replicas.getOrDefault(broker, 0);
            }

            @Override
            public long bytes(int broker) {
                return bytes.getOrDefault(broker, 0L);
            }
        };
    }

    @Test
    void lowestIdPrefersTheLowerId() {
        BrokerLoad none = load(Map.of(), Map.of());
        assertTrue(BrokerTieBreak.LOWEST_ID.prefers(1, 2, none));
        assertFalse(BrokerTieBreak.LOWEST_ID.prefers(2, 1, none));
        assertFalse(BrokerTieBreak.LOWEST_ID.prefers(1, 1, none));
    }

    @Test
    void fewestBytesPrefersTheEmptierDiskThenTheLowerId() {
        BrokerLoad load = load(Map.of(), Map.of(1, 500L, 2, 100L));
        assertTrue(BrokerTieBreak.FEWEST_BYTES.prefers(2, 1, load));
        assertFalse(BrokerTieBreak.FEWEST_BYTES.prefers(1, 2, load));
        assertTrue(BrokerTieBreak.FEWEST_BYTES.prefers(3, 4, load));
    }

    @Test
    void leastLoadedGivesTheReplicaToTheBrokerWithFewestReplicas() {
        BrokerLoad load = load(Map.of(1, 5, 2, 3, 3, 3, 4, 9), Map.of(2, 10L, 3, 1L));
        assertEquals(2, ReplicaChooser.leastLoaded(BrokerTieBreak.LOWEST_ID).choose(P, new int[] {1, 2, 3, 4}, load));
        assertEquals(3, ReplicaChooser.leastLoaded(BrokerTieBreak.FEWEST_BYTES).choose(P, new int[] {1, 2, 3, 4}, load));
        assertEquals(4, ReplicaChooser.leastLoaded(BrokerTieBreak.LOWEST_ID).choose(P, new int[] {4}, load));
    }

    @Test
    void mostLoadedDropsTheReplicaOfTheBusiestBroker() {
        BrokerLoad load = load(Map.of(1, 5, 2, 7, 3, 7), Map.of(2, 10L, 3, 1L));
        assertEquals(3, ExcessReplicaChooser.mostLoaded(BrokerTieBreak.LOWEST_ID).drop(P, new int[] {1, 2, 3}, load));
        // Among equals it drops the one the tie-break likes least: the fuller disk.
        assertEquals(2, ExcessReplicaChooser.mostLoaded(BrokerTieBreak.FEWEST_BYTES).drop(P, new int[] {1, 2, 3}, load));
    }

    @Test
    void rackSpreadAllowsOnePerRackOrASpreadOverAll() {
        assertEquals(new RackSpread(3, 3, 1, 1), RackSpread.of(3, 3));
        assertEquals(new RackSpread(3, 5, 0, 1), RackSpread.of(3, 5));
        assertEquals(new RackSpread(4, 3, 1, 2), RackSpread.of(4, 3));
        assertEquals(new RackSpread(3, 1, 3, 3), RackSpread.of(3, 1));
        assertTrue(RackSpread.of(4, 3).allows(2));
        assertFalse(RackSpread.of(4, 3).allows(0));
        assertFalse(RackSpread.of(4, 3).allows(3));
    }
}
