package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A proposed reassignment: the current and proposed assignments, the partitions that change (and
 * only those; they are what the executor submits), and a summary. Made by {@link #diff}, which is
 * also what an executor uses for a plan read back from a file.
 */
public record ReassignmentPlan(Assignment current, Assignment proposed, List<PartitionMove> moves, PlanSummary summary) {
    public ReassignmentPlan {
        moves = List.copyOf(moves);
    }

    /**
     * Compares two assignments of the same partitions. A partition of {@code proposed} missing in
     * {@code current} counts as placed from nothing; one missing in {@code proposed} is unchanged.
     */
    public static ReassignmentPlan diff(Assignment current, Assignment proposed, PartitionSizes sizes, PlacementRules rules) {
        List<PartitionMove> moves = new ArrayList<>();
        SortedMap<Integer, long[]> perBroker = new TreeMap<>();
        int added = 0;
        int dropped = 0;
        long bytes = 0;
        int leaderChanges = 0;
        SortedMap<Integer, Integer> replicasBefore = current.replicasPerBroker();
        SortedMap<Integer, Integer> leadersBefore = current.leadersPerBroker();
        // The after-counts cover the same partitions as before: unchanged partitions count as they are.
        int known = 0;
        boolean anyDirs = !current.logDirs().isEmpty() || !proposed.logDirs().isEmpty();
        for (var e : proposed.replicas().entrySet()) {
            List<Integer> was = current.replicas().get(e.getKey());
            known += was == null ? 0 : 1;
            List<Integer> from = was == null ? List.of() : was;
            List<Integer> to = e.getValue();
            boolean dirsChanged = anyDirs && was != null
                    && !current.logDirsOf(e.getKey()).equals(proposed.logDirsOf(e.getKey()));
            if (from.equals(to) && !dirsChanged) {
                continue;
            }
            PartitionMove move = new PartitionMove(e.getKey(), from, to);
            moves.add(move);
            long size = sizes.of(e.getKey());
            for (int b : move.added()) {
                added++;
                bytes += size;
                long[] c = perBroker.computeIfAbsent(b, k -> new long[4]);
                c[0]++;
                c[2] += size;
            }
            for (int b : move.removed()) {
                dropped++;
                long[] c = perBroker.computeIfAbsent(b, k -> new long[4]);
                c[1]++;
                c[3] += size;
            }
            if (move.leaderChanged()) {
                leaderChanges++;
            }
        }
        Assignment afterAll = proposed;
        if (known < current.size()) {
            SortedMap<PartitionId, List<Integer>> after = new TreeMap<>(current.replicas());
            after.putAll(proposed.replicas());
            afterAll = new Assignment(after, Map.of());
        }
        SortedMap<Integer, Integer> replicasAfter = afterAll.replicasPerBroker();
        SortedMap<Integer, Integer> leadersAfter = afterAll.leadersPerBroker();
        TreeSet<Integer> brokers = new TreeSet<>(replicasBefore.keySet());
        brokers.addAll(replicasAfter.keySet());
        brokers.addAll(rules.targetBrokers());
        List<BrokerChange> changes = new ArrayList<>();
        for (int b : brokers) {
            long[] c = perBroker.getOrDefault(b, new long[4]);
            changes.add(new BrokerChange(b, (int) c[0], (int) c[1], c[2], c[3], replicasBefore.getOrDefault(b, 0),
                    replicasAfter.getOrDefault(b, 0), leadersBefore.getOrDefault(b, 0), leadersAfter.getOrDefault(b, 0)));
        }
        PlanSummary summary = new PlanSummary(moves.size(), added, dropped, bytes, leaderChanges, changes,
                PlacementEvaluator.evaluate(current, rules), PlacementEvaluator.evaluate(afterAll, rules));
        return new ReassignmentPlan(current, proposed, moves, summary);
    }

    /** The proposed assignment of the changed partitions only: what goes into Kafka's JSON. */
    public Assignment changes() {
        SortedMap<PartitionId, List<Integer>> r = new TreeMap<>();
        Map<PartitionId, List<String>> dirs = new TreeMap<>();
        for (PartitionMove m : moves) {
            r.put(m.partition(), m.to());
            dirs.put(m.partition(), proposed.logDirsOf(m.partition()));
        }
        return new Assignment(r, dirs);
    }
}
