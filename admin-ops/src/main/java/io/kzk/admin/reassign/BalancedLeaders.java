package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Leaders balanced over the target brokers with the fewest leader changes. Every partition keeps
 * its current leader if that broker still holds a replica; a partition whose leader left takes
 * the replica leading fewest partitions so far. Then, while one broker leads two or more
 * partitions more than another that holds a replica of one of them, leadership passes over,
 * preferring partitions whose leader changes anyway (no extra change) and partitions going back
 * to their old leader. Stops when balanced (max - min &le; 1) or when no such pass exists.
 */
public final class BalancedLeaders implements LeaderChooser {
    @Override
    public Assignment chooseLeaders(Assignment before, Assignment placed, PlacementRules rules) {
        TreeSet<Integer> all = new TreeSet<>(rules.targetBrokers());
        placed.replicas().values().forEach(all::addAll);
        BrokerTable table = new BrokerTable(all);
        List<PartitionId> partitions = new ArrayList<>(placed.replicas().keySet());
        int n = partitions.size();
        int[][] reps = new int[n][];
        int[] original = new int[n];
        int[] lead = new int[n];
        int[] count = new int[table.size()];
        boolean[] balanced = new boolean[table.size()];
        for (int b : rules.targetBrokers()) {
            balanced[table.index(b)] = true;
        }
        for (int i = 0; i < n; i++) {
            PartitionId p = partitions.get(i);
            List<Integer> r = placed.replicasOf(p);
            reps[i] = new int[r.size()];
            for (int j = 0; j < r.size(); j++) {
                reps[i][j] = table.index(r.get(j));
            }
            List<Integer> was = before.replicas().get(p);
            original[i] = was == null || was.isEmpty() ? -1 : table.index(was.get(0));
            lead[i] = -1;
            if (reps[i].length == 0) {
                continue;
            }
            int at = original[i] < 0 ? -1 : MinimalMovement.indexOf(reps[i], reps[i].length, original[i]);
            if (at >= 0) {
                lead[i] = at;
                count[original[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (lead[i] >= 0 || reps[i].length == 0) {
                continue;
            }
            int best = 0;
            for (int j = 1; j < reps[i].length; j++) {
                if (count[reps[i][j]] < count[reps[i][best]]) {
                    best = j;
                }
            }
            lead[i] = best;
            count[reps[i][best]]++;
        }
        balance(reps, original, lead, count, balanced);
        SortedMap<PartitionId, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> r = placed.replicasOf(partitions.get(i));
            if (lead[i] <= 0) {
                out.put(partitions.get(i), r);
            } else {
                List<Integer> reordered = new ArrayList<>(r.size());
                reordered.add(r.get(lead[i]));
                for (int j = 0; j < r.size(); j++) {
                    if (j != lead[i]) {
                        reordered.add(r.get(j));
                    }
                }
                out.put(partitions.get(i), reordered);
            }
        }
        return new Assignment(out, Map.of());
    }

    private static void balance(int[][] reps, int[] original, int[] lead, int[] count, boolean[] balanced) {
        int brokers = count.length;
        BitSet[] leads = new BitSet[brokers];
        BitSet[] changed = new BitSet[brokers];
        for (int x = 0; x < brokers; x++) {
            leads[x] = new BitSet(reps.length);
            changed[x] = new BitSet(reps.length);
        }
        for (int i = 0; i < reps.length; i++) {
            if (lead[i] >= 0) {
                int x = reps[i][lead[i]];
                leads[x].set(i);
                if (x != original[i]) {
                    changed[x].set(i);
                }
            }
        }
        boolean[] stuck = new boolean[brokers];
        while (true) {
            int from = -1;
            int min = Integer.MAX_VALUE;
            for (int x = 0; x < brokers; x++) {
                if (!balanced[x]) {
                    continue;
                }
                min = Math.min(min, count[x]);
                if (!stuck[x] && (from < 0 || count[x] > count[from])) {
                    from = x;
                }
            }
            if (from < 0 || count[from] - min < 2) {
                return;
            }
            if (!passOne(from, reps, original, lead, count, balanced, leads, changed)) {
                stuck[from] = true;
            }
        }
    }

    /** Passes one leadership away from {@code from}, cheapest first; false when none can go. */
    private static boolean passOne(int from, int[][] reps, int[] original, int[] lead, int[] count, boolean[] balanced,
                                   BitSet[] leads, BitSet[] changed) {
        int bestPartition = -1;
        int bestTo = -1;
        int bestCost = Integer.MAX_VALUE;
        // Partitions already changing leader first: moving them again costs nothing, or wins one back.
        for (BitSet set : new BitSet[] {changed[from], leads[from]}) {
            for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
                for (int j = 0; j < reps[i].length; j++) {
                    int to = reps[i][j];
                    if (to == from || !balanced[to] || count[to] > count[from] - 2) {
                        continue;
                    }
                    int cost = to == original[i] ? -1 : from == original[i] ? 1 : 0;
                    if (cost < bestCost || (cost == bestCost && count[to] < count[bestTo])) {
                        bestCost = cost;
                        bestPartition = i;
                        bestTo = to;
                    }
                }
                if (bestCost < 0 || (bestCost == 1 && bestPartition >= 0)) {
                    break;
                }
            }
            if (bestPartition >= 0) {
                break;
            }
        }
        if (bestPartition < 0) {
            return false;
        }
        int i = bestPartition;
        lead[i] = MinimalMovement.indexOf(reps[i], reps[i].length, bestTo);
        count[from]--;
        count[bestTo]++;
        leads[from].clear(i);
        changed[from].clear(i);
        leads[bestTo].set(i);
        if (bestTo != original[i]) {
            changed[bestTo].set(i);
        }
        return true;
    }
}
