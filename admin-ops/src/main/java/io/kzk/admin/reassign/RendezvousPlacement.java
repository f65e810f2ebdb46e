package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rendezvous (highest random weight) hashing: each partition ranks every target broker by a
 * fixed hash of (topic, partition, broker id) and takes the best-ranked brokers the rack spread
 * allows; the best is the leader. The placement depends only on the target brokers, not on the
 * current one, so adding or removing a broker moves only the replicas that broker wins or
 * loses (with racks, now and then one more to keep the spread). It ignores load: balance is
 * statistical, not exact.
 */
public final class RendezvousPlacement implements PlacementStrategy {
    @Override
    public Assignment place(Assignment current, PlacementRules rules, PartitionSizes sizes) {
        BrokerTable table = new BrokerTable(rules.targetBrokers());
        int brokers = table.size();
        SortedMap<String, List<Integer>> racks = rules.targetRacks();
        int[] rackOf = new int[brokers];
        int r = 0;
        for (List<Integer> ids : racks.values()) {
            for (int id : ids) {
                rackOf[table.index(id)] = r;
            }
            r++;
        }
        int[] inRack = new int[racks.size()];
        long[] score = new long[brokers];
        boolean[] taken = new boolean[brokers];
        SortedMap<PartitionId, List<Integer>> out = new TreeMap<>();
        String topic = null;
        long topicHash = 0;
        for (var e : current.replicas().entrySet()) {
            PartitionId p = e.getKey();
            if (!p.topic().equals(topic)) {
                topic = p.topic();
                topicHash = topicHash(topic);
            }
            int rf = rules.replicationFactorFor(e.getValue());
            RackSpread spread = RackSpread.of(rf, racks.size());
            for (int x = 0; x < brokers; x++) {
                score[x] = score(topicHash, p.partition(), table.ids[x]);
            }
            List<Integer> chosen = new ArrayList<>(rf);
            for (int slot = 0; slot < rf; slot++) {
                int deficit = 0;
                if (spread.atLeast() > 0) {
                    for (int c : inRack) {
                        deficit += Math.max(0, spread.atLeast() - c);
                    }
                }
                boolean floorOnly = rf - slot <= deficit;
                int best = -1;
                for (int x = 0; x < brokers; x++) {
                    int n = inRack[rackOf[x]];
                    if (taken[x] || n >= spread.atMost() || (floorOnly && n >= spread.atLeast())) {
                        continue;
                    }
                    if (best < 0 || Long.compareUnsigned(score[x], score[best]) > 0) {
                        best = x;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("no broker can take a replica of " + p);
                }
                taken[best] = true;
                inRack[rackOf[best]]++;
                chosen.add(table.ids[best]);
            }
            for (int id : chosen) {
                int x = table.index(id);
                taken[x] = false;
                inRack[rackOf[x]] = 0;
            }
            out.put(p, chosen);
        }
        return new Assignment(out, Map.of());
    }

    /** FNV-1a over the topic's UTF-16 units: fixed across JVMs, unlike a seeded hash. */
    static long topicHash(String topic) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < topic.length(); i++) {
            h ^= topic.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long score(long topicHash, int partition, int broker) {
        long h = mix(topicHash + 0x9E3779B97F4A7C15L * (partition + 1L));
        return mix(h ^ (0xC2B2AE3D27D4EB4FL * (broker + 1L)));
    }

    /** SplitMix64's finaliser: every input bit reaches every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
