package io.kzk.admin.reassign;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
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
 * to their old leader, along a chain of brokers where no direct pass exists. Stops when
 * balanced (max - min &le; 1) or when no chain is left.
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
        new Leadership(reps, original, lead, count, balanced).balance();
    }

    /**
     * Leadership as a graph over brokers: an edge u &rarr; v for each partition u leads and v holds,
     * free when that partition's leader changes anyway. Balancing passes leadership along the
     * cheapest path (0-1 breadth-first search) from the broker leading most to one leading two or
     * more fewer, so a broker that shares no partition with an under-loaded one still sheds load
     * through others. Each pass lowers the sum of squared counts, so it ends.
     */
    private static final class Leadership {
        final int[][] reps;
        final int[] original;
        final int[] lead;
        final int[] count;
        final boolean[] balanced;
        final int brokers;
        final BitSet[] leads;
        final BitSet[] changed;
        final int[][] edges;
        final int[][] free;

        Leadership(int[][] reps, int[] original, int[] lead, int[] count, boolean[] balanced) {
            this.reps = reps;
            this.original = original;
            this.lead = lead;
            this.count = count;
            this.balanced = balanced;
            brokers = count.length;
            leads = new BitSet[brokers];
            changed = new BitSet[brokers];
            for (int x = 0; x < brokers; x++) {
                leads[x] = new BitSet(reps.length);
                changed[x] = new BitSet(reps.length);
            }
            edges = new int[brokers][brokers];
            free = new int[brokers][brokers];
            for (int i = 0; i < reps.length; i++) {
                if (lead[i] >= 0) {
                    track(i, 1);
                }
            }
        }

        private void track(int i, int sign) {
            int u = reps[i][lead[i]];
            boolean isChanged = u != original[i];
            if (sign > 0) {
                leads[u].set(i);
                changed[u].set(i, isChanged);
            } else {
                leads[u].clear(i);
                changed[u].clear(i);
            }
            for (int w : reps[i]) {
                if (w != u) {
                    edges[u][w] += sign;
                    if (isChanged) {
                        free[u][w] += sign;
                    }
                }
            }
        }

        void balance() {
            boolean[] stuck = new boolean[brokers];
            int[] dist = new int[brokers];
            int[] prev = new int[brokers];
            boolean[] done = new boolean[brokers];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            while (true) {
                int max = Integer.MIN_VALUE;
                int min = Integer.MAX_VALUE;
                for (int x = 0; x < brokers; x++) {
                    if (!balanced[x]) {
                        continue;
                    }
                    min = Math.min(min, count[x]);
                    if (!stuck[x]) {
                        max = Math.max(max, count[x]);
                    }
                }
                if (max == Integer.MIN_VALUE || max - min < 2) {
                    return;
                }
                // From every broker leading the most at once, so the cheapest chain wins.
                Arrays.fill(dist, Integer.MAX_VALUE);
                Arrays.fill(done, false);
                for (int x = 0; x < brokers; x++) {
                    if (balanced[x] && !stuck[x] && count[x] == max) {
                        dist[x] = 0;
                        prev[x] = -1;
                        queue.add(x);
                    }
                }
                while (!queue.isEmpty()) {
                    int u = queue.pollFirst();
                    if (done[u]) {
                        continue;
                    }
                    done[u] = true;
                    for (int v = 0; v < brokers; v++) {
                        if (edges[u][v] == 0 || !balanced[v]) {
                            continue;
                        }
                        int w = free[u][v] > 0 ? 0 : 1;
                        if (dist[u] + w < dist[v]) {
                            dist[v] = dist[u] + w;
                            prev[v] = u;
                            if (w == 0) {
                                queue.addFirst(v);
                            } else {
                                queue.addLast(v);
                            }
                        }
                    }
                }
                int to = -1;
                for (int v = 0; v < brokers; v++) {
                    if (!balanced[v] || dist[v] == Integer.MAX_VALUE || count[v] > max - 2) {
                        continue;
                    }
                    if (to < 0 || dist[v] < dist[to] || (dist[v] == dist[to] && count[v] < count[to])) {
                        to = v;
                    }
                }
                if (to < 0) {
                    for (int x = 0; x < brokers; x++) {
                        if (balanced[x] && count[x] == max) {
                            stuck[x] = true;
                        }
                    }
                    continue;
                }
                List<Integer> path = new ArrayList<>();
                for (int v = to; v >= 0; v = prev[v]) {
                    path.add(v);
                }
                Collections.reverse(path);
                for (int k = 0; k + 1 < path.size(); k++) {
                    pass(path.get(k), path.get(k + 1));
                }
            }
        }

        /** Passes one partition's leadership from u to v: back to its old leader, or already changed, if any. */
        private void pass(int u, int v) {
            int pick = -1;
            for (int i = changed[u].nextSetBit(0); i >= 0; i = changed[u].nextSetBit(i + 1)) {
                if (MinimalMovement.contains(reps[i], reps[i].length, v)) {
                    if (pick < 0 || original[i] == v) {
                        pick = i;
                    }
                    if (original[i] == v) {
                        break;
                    }
                }
            }
            if (pick < 0) {
                for (int i = leads[u].nextSetBit(0); i >= 0; i = leads[u].nextSetBit(i + 1)) {
                    if (MinimalMovement.contains(reps[i], reps[i].length, v)) {
                        pick = i;
                        break;
                    }
                }
            }
            if (pick < 0) {
                throw new IllegalStateException("no partition led by broker index " + u + " has a replica on " + v);
            }
            track(pick, -1);
            lead[pick] = MinimalMovement.indexOf(reps[pick], reps[pick].length, v);
            count[u]--;
            count[v]++;
            track(pick, 1);
        }
    }
}
