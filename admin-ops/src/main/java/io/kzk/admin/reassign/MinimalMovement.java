package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The default strategy: change as little as the rules need. Starting from the current
 * assignment it
 * <ol>
 *   <li>keeps every replica on a target broker that the rack spread allows;</li>
 *   <li>drops what is over the replication factor or the rack spread ({@link ExcessReplicaChooser});</li>
 *   <li>fills what is missing ({@link ReplicaChooser}), so a removed broker's replicas are copied
 *       once each and nothing else moves for them;</li>
 *   <li>evens replica counts among the brokers of each rack, moving a replica only from a broker
 *       two or more above another, preferring replicas placed by this plan (free to move), then
 *       small partitions, then followers;</li>
 *   <li>orders replicas for leadership ({@link LeaderChooser}).</li>
 * </ol>
 * Each step works on per-broker counters and bitsets, so 100,000 partitions on 100 brokers plan
 * in a fraction of a second.
 */
public final class MinimalMovement implements PlacementStrategy {
    private final ReplicaChooser chooser;
    private final ExcessReplicaChooser excess;
    private final LeaderChooser leaders;

    public MinimalMovement(ReplicaChooser chooser, ExcessReplicaChooser excess, LeaderChooser leaders) {
        this.chooser = chooser;
        this.excess = excess;
        this.leaders = leaders;
    }

    /** Least-loaded fill and most-loaded trim with bytes then id as tie-break, balanced leaders. */
    public static MinimalMovement standard() {
        return new MinimalMovement(ReplicaChooser.leastLoaded(BrokerTieBreak.FEWEST_BYTES),
                ExcessReplicaChooser.mostLoaded(BrokerTieBreak.FEWEST_BYTES), new BalancedLeaders());
    }

    @Override
    public Assignment place(Assignment current, PlacementRules rules, PartitionSizes sizes) {
        Work w = new Work(current, rules, sizes);
        w.keep();
        w.trim(excess);
        w.fill(chooser);
        w.rebalance();
        return leaders.chooseLeaders(current, w.result(), rules);
    }

    /** The plan being built, in arrays of broker indexes. */
    private static final class Work implements BrokerLoad {
        final List<PartitionId> partitions;
        final BrokerTable table;
        final int[] rackOf;
        final int[][] rackBrokers;
        final int[][] original;
        final int[][] replicas;
        final int[] length;
        final int[] rf;
        final long[] size;
        final int[] count;
        final long[] bytes;
        final int[] rackScratch;
        final Map<Integer, RackSpread> spreads = new HashMap<>();
        final PlacementRules rules;

        Work(Assignment current, PlacementRules rules, PartitionSizes sizes) {
            this.rules = rules;
            partitions = new ArrayList<>(current.replicas().keySet());
            table = new BrokerTable(rules.targetBrokers());
            SortedMap<String, List<Integer>> racks = rules.targetRacks();
            rackBrokers = new int[racks.size()][];
            rackOf = new int[table.size()];
            int r = 0;
            for (List<Integer> brokers : racks.values()) {
                rackBrokers[r] = new int[brokers.size()];
                for (int i = 0; i < brokers.size(); i++) {
                    int x = table.index(brokers.get(i));
                    rackBrokers[r][i] = x;
                    rackOf[x] = r;
                }
                r++;
            }
            rackScratch = new int[racks.size()];
            int n = partitions.size();
            original = new int[n][];
            replicas = new int[n][];
            length = new int[n];
            rf = new int[n];
            size = new long[n];
            count = new int[table.size()];
            bytes = new long[table.size()];
            for (int i = 0; i < n; i++) {
                PartitionId p = partitions.get(i);
                List<Integer> reps = current.replicasOf(p);
                original[i] = BrokerTable.toArray(reps);
                rf[i] = rules.replicationFactorFor(reps);
                size[i] = sizes.of(p);
            }
        }

        RackSpread spread(int factor) {
            return spreads.computeIfAbsent(factor, f -> RackSpread.of(f, rackBrokers.length));
        }

        @Override
        public int replicas(int broker) {
            return count[table.index(broker)];
        }

        @Override
        public long bytes(int broker) {
            return bytes[table.index(broker)];
        }

        void keep() {
            for (int i = 0; i < original.length; i++) {
                RackSpread spread = spread(rf[i]);
                int[] kept = new int[Math.max(rf[i], original[i].length)];
                int n = 0;
                for (int id : original[i]) {
                    int x = table.index(id);
                    if (x < 0 || contains(kept, n, x) || rackScratch[rackOf[x]] >= spread.atMost()) {
                        continue;
                    }
                    kept[n++] = x;
                    rackScratch[rackOf[x]]++;
                }
                clearScratch(kept, n);
                replicas[i] = kept;
                length[i] = n;
                for (int j = 0; j < n; j++) {
                    add(kept[j], i);
                }
            }
        }

        void trim(ExcessReplicaChooser chooser) {
            for (int i = 0; i < replicas.length; i++) {
                RackSpread spread = spread(rf[i]);
                while (true) {
                    int[] reps = replicas[i];
                    int n = length[i];
                    fillScratch(reps, n);
                    int deficit = deficit(spread);
                    if (n <= rf[i] && rf[i] - n >= deficit) {
                        clearScratch(reps, n);
                        break;
                    }
                    int[] candidates = new int[n];
                    int c = 0;
                    for (int j = 1; j < n; j++) {
                        if (rackScratch[rackOf[reps[j]]] > spread.atLeast()) {
                            candidates[c++] = table.ids[reps[j]];
                        }
                    }
                    if (c == 0) {
                        candidates[c++] = table.ids[reps[0]];
                    }
                    clearScratch(reps, n);
                    int drop = table.index(chooser.drop(partitions.get(i), Arrays.copyOf(candidates, c), this));
                    int at = indexOf(reps, n, drop);
                    System.arraycopy(reps, at + 1, reps, at, n - at - 1);
                    length[i] = n - 1;
                    remove(drop, i);
                }
            }
        }

        void fill(ReplicaChooser chooser) {
            int[] candidates = new int[table.size()];
            // Partitions that lost their leader first: while loads are still even their new
            // replicas spread evenly, so the leaders they need find brokers that need leaders.
            for (boolean leaderless : new boolean[] {true, false}) {
                for (int i = 0; i < replicas.length; i++) {
                    if (length[i] < rf[i] && lostLeader(i) == leaderless) {
                        fill(chooser, i, candidates);
                    }
                }
            }
        }

        private boolean lostLeader(int i) {
            return original[i].length == 0 || length[i] == 0 || table.ids[replicas[i][0]] != original[i][0];
        }

        private void fill(ReplicaChooser chooser, int i, int[] candidates) {
            RackSpread spread = spread(rf[i]);
            int[] reps = replicas[i];
            fillScratch(reps, length[i]);
            while (length[i] < rf[i]) {
                int n = length[i];
                boolean floorOnly = rf[i] - n <= deficit(spread);
                int c = 0;
                for (int x = 0; x < table.size(); x++) {
                    int inRack = rackScratch[rackOf[x]];
                    if (inRack < spread.atMost() && (!floorOnly || inRack < spread.atLeast()) && !contains(reps, n, x)) {
                        candidates[c++] = table.ids[x];
                    }
                }
                if (c == 0) {
                    // PlacementRules.requireFeasible rules this out; reaching it is a bug.
                    throw new IllegalStateException("no broker can take a replica of " + partitions.get(i));
                }
                int x = table.index(chooser.choose(partitions.get(i), Arrays.copyOf(candidates, c), this));
                reps[n] = x;
                length[i] = n + 1;
                rackScratch[rackOf[x]]++;
                add(x, i);
            }
            clearScratch(reps, length[i]);
        }

        void rebalance() {
            BitSet[] holds = new BitSet[table.size()];
            for (int x = 0; x < holds.length; x++) {
                holds[x] = new BitSet(replicas.length);
            }
            // shared[l][f]: partitions led by l that f follows. Spreading a broker's new replicas
            // over many leaders lets the leader chooser later hand it leadership directly.
            int[][] shared = new int[table.size()][table.size()];
            for (int i = 0; i < replicas.length; i++) {
                for (int j = 0; j < length[i]; j++) {
                    holds[replicas[i][j]].set(i);
                    if (j > 0) {
                        shared[replicas[i][0]][replicas[i][j]]++;
                    }
                }
            }
            for (int[] rack : rackBrokers) {
                if (rack.length < 2) {
                    continue;
                }
                Integer[] byCount = new Integer[rack.length];
                boolean[] stuck = new boolean[table.size()];
                while (true) {
                    for (int k = 0; k < rack.length; k++) {
                        byCount[k] = rack[k];
                    }
                    Arrays.sort(byCount, (a, b) -> count[a] != count[b] ? Integer.compare(count[a], count[b]) : Integer.compare(a, b));
                    int from = -1;
                    for (int k = rack.length - 1; k >= 0; k--) {
                        if (!stuck[byCount[k]]) {
                            from = byCount[k];
                            break;
                        }
                    }
                    if (from < 0 || count[from] - count[byCount[0]] < 2) {
                        break;
                    }
                    if (!moveOne(from, byCount, holds, shared)) {
                        stuck[from] = true;
                    }
                }
            }
        }

        /**
         * Moves the cheapest replica of {@code from} to the least-loaded broker that can take it.
         * Cheapest, in the planner's order of objectives: a replica this plan placed (no extra
         * copy), then fewest bytes, then a follower (no leader change), then a partition whose
         * leader shares fewest partitions with the receiver.
         */
        private boolean moveOne(int from, Integer[] byCount, BitSet[] holds, int[][] shared) {
            int bestPartition = -1;
            int bestTo = -1;
            long[] best = null;
            long[] cost = new long[4];
            int fromId = table.ids[from];
            for (int i = holds[from].nextSetBit(0); i >= 0; i = holds[from].nextSetBit(i + 1)) {
                int to = -1;
                for (Integer b : byCount) {
                    if (count[b] > count[from] - 2) {
                        break;
                    }
                    if (!holds[b].get(i)) {
                        to = b;
                        break;
                    }
                }
                if (to < 0) {
                    continue;
                }
                boolean wasThere = contains(original[i], original[i].length, fromId);
                int leader = replicas[i][0];
                cost[0] = wasThere ? 1 : 0;
                cost[1] = wasThere ? size[i] : 0;
                cost[2] = wasThere && original[i][0] == fromId ? 1 : 0;
                cost[3] = leader == from ? Integer.MAX_VALUE : shared[leader][to];
                if (best == null || Arrays.compare(cost, best) < 0) {
                    best = cost.clone();
                    bestPartition = i;
                    bestTo = to;
                    if (cost[0] == 0) {
                        break;
                    }
                }
            }
            if (bestPartition < 0) {
                return false;
            }
            int i = bestPartition;
            int[] reps = replicas[i];
            int at = indexOf(reps, length[i], from);
            reps[at] = bestTo;
            if (at > 0) {
                shared[reps[0]][from]--;
                shared[reps[0]][bestTo]++;
            } else {
                for (int j = 1; j < length[i]; j++) {
                    shared[from][reps[j]]--;
                    shared[bestTo][reps[j]]++;
                }
            }
            remove(from, i);
            add(bestTo, i);
            holds[from].clear(i);
            holds[bestTo].set(i);
            return true;
        }

        Assignment result() {
            SortedMap<PartitionId, List<Integer>> out = new TreeMap<>();
            for (int i = 0; i < replicas.length; i++) {
                List<Integer> list = new ArrayList<>(length[i]);
                for (int j = 0; j < length[i]; j++) {
                    list.add(table.ids[replicas[i][j]]);
                }
                out.put(partitions.get(i), list);
            }
            return new Assignment(out, Map.of());
        }

        private void add(int x, int partition) {
            count[x]++;
            bytes[x] += size[partition];
        }

        private void remove(int x, int partition) {
            count[x]--;
            bytes[x] -= size[partition];
        }

        private int deficit(RackSpread spread) {
            if (spread.atLeast() == 0) {
                return 0;
            }
            int d = 0;
            for (int c : rackScratch) {
                d += Math.max(0, spread.atLeast() - c);
            }
            return d;
        }

        private void fillScratch(int[] reps, int n) {
            for (int j = 0; j < n; j++) {
                rackScratch[rackOf[reps[j]]]++;
            }
        }

        private void clearScratch(int[] reps, int n) {
            for (int j = 0; j < n; j++) {
                rackScratch[rackOf[reps[j]]] = 0;
            }
        }
    }

    static boolean contains(int[] a, int n, int x) {
        return indexOf(a, n, x) >= 0;
    }

    static int indexOf(int[] a, int n, int x) {
        for (int j = 0; j < n; j++) {
            if (a[j] == x) {
                return j;
            }
        }
        return -1;
    }
}
