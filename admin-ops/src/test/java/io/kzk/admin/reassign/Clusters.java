package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Synthetic clusters and assignments for planner tests: no Kafka anywhere. */
final class Clusters {
    private Clusters() {
    }

    /** Brokers 0..n-1, broker b in rack "r" + (b % racks); racks 0 means none. */
    static List<Broker> brokers(int n, int racks) {
        List<Broker> out = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            out.add(new Broker(b, racks == 0 ? Optional.empty() : Optional.of("r" + (b % racks))));
        }
        return out;
    }

    /**
     * A balanced rack-aware assignment like Kafka's: leaders round-robin over the brokers, follower
     * j in the j-th next rack, its broker inside the rack rotating with each round, so every broker
     * holds the same number of replicas and leaders when {@code partitions} is a multiple of the
     * broker count, and a broker's partitions share their other replicas with many brokers.
     * Needs racks of equal size (n % racks == 0) and rf &le; racks, or racks == 0.
     */
    static Assignment balanced(String topic, int partitions, int rf, int n, int racks) {
        int r = Math.max(1, racks);
        int perRack = n / r;
        SortedMap<PartitionId, List<Integer>> out = new TreeMap<>();
        for (int p = 0; p < partitions; p++) {
            int leader = p % n;
            int round = p / n;
            int leaderRack = leader % r;
            int pos = leader / r;
            List<Integer> reps = new ArrayList<>();
            reps.add(leader);
            for (int j = 1; j < rf; j++) {
                int b;
                if (racks == 0) {
                    b = (leader + 1 + (round + j - 1) % (n - 1)) % n;
                } else {
                    int rack = (leaderRack + j) % r;
                    b = rack + r * ((pos + j + round) % perRack);
                }
                reps.add(b);
            }
            out.put(new PartitionId(topic, p), reps);
        }
        return Assignment.of(out);
    }
}
