package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which brokers hold each partition's replicas, in Kafka's order: the first replica is the
 * preferred leader. Immutable and sorted by partition so that plans and files come out the same
 * every run. Log dirs are kept beside the replicas ("any" unless a replica is pinned to a
 * directory) because Kafka's reassignment JSON carries them.
 *
 * <p>An empty replica list is allowed here (not in Kafka's files): it is how a caller asks the
 * planner to place a partition from scratch, given a replication factor.
 */
public record Assignment(SortedMap<PartitionId, List<Integer>> replicas, Map<PartitionId, List<String>> logDirs) {
    public static final String ANY_LOG_DIR = "any";

    public Assignment {
        // Copying a sorted map builds the tree in linear time; plans copy 100,000-entry maps.
        TreeMap<PartitionId, List<Integer>> r = new TreeMap<>(replicas);
        r.replaceAll((p, list) -> List.copyOf(list));
        replicas = Collections.unmodifiableSortedMap(r);
        Map<PartitionId, List<String>> d = new TreeMap<>();
        logDirs.forEach((p, dirs) -> {
            List<Integer> reps = r.get(p);
            if (reps == null) {
                throw new IllegalArgumentException("log dirs given for " + p + ", which has no replicas listed");
            }
            if (dirs.size() != reps.size()) {
                throw new IllegalArgumentException("partition " + p + " has " + reps.size() + " replicas but "
                        + dirs.size() + " log dirs");
            }
            if (dirs.stream().anyMatch(x -> !ANY_LOG_DIR.equals(x))) {
                d.put(p, List.copyOf(dirs));
            }
        });
        logDirs = Collections.unmodifiableMap(d);
    }

    public static Assignment of(Map<PartitionId, List<Integer>> replicas) {
        return new Assignment(new TreeMap<>(replicas), Map.of());
    }

    public List<Integer> replicasOf(PartitionId partition) {
        List<Integer> r = replicas.get(partition);
        if (r == null) {
            throw new IllegalArgumentException("partition " + partition + " is not in the assignment");
        }
        return r;
    }

    /** The preferred leader, or -1 for a partition with no replicas. */
    public int leaderOf(PartitionId partition) {
        List<Integer> r = replicasOf(partition);
        return r.isEmpty() ? -1 : r.get(0);
    }

    /** Each replica's log dir, "any" where none is pinned. */
    public List<String> logDirsOf(PartitionId partition) {
        List<String> d = logDirs.get(partition);
        return d != null ? d : Collections.nCopies(replicasOf(partition).size(), ANY_LOG_DIR);
    }

    public int size() {
        return replicas.size();
    }

    /** How many replicas each broker holds, by broker id; brokers holding none are absent. */
    public SortedMap<Integer, Integer> replicasPerBroker() {
        Map<Integer, int[]> counts = new HashMap<>();
        for (List<Integer> list : replicas.values()) {
            for (Integer b : list) {
                counts.computeIfAbsent(b, k -> new int[1])[0]++;
            }
        }
        return sorted(counts);
    }

    private static SortedMap<Integer, Integer> sorted(Map<Integer, int[]> counts) {
        SortedMap<Integer, Integer> out = new TreeMap<>();
        counts.forEach((b, n) -> out.put(b, n[0]));
        return out;
    }

    /** How many partitions each broker is preferred leader of; brokers leading none are absent. */
    public SortedMap<Integer, Integer> leadersPerBroker() {
        Map<Integer, int[]> counts = new HashMap<>();
        for (List<Integer> list : replicas.values()) {
            if (!list.isEmpty()) {
                counts.computeIfAbsent(list.get(0), k -> new int[1])[0]++;
            }
        }
        return sorted(counts);
    }

    /** Every broker named by some replica, sorted. */
    public List<Integer> brokers() {
        return new ArrayList<>(replicasPerBroker().keySet());
    }
}
