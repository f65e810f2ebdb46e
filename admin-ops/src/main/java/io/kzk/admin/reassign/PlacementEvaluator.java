package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Lists what an assignment breaks under some rules: replicas off the target brokers, a wrong
 * replication factor, a broker twice in one partition, the rack rule ({@link RackSpread}),
 * replicas unbalanced among the brokers of a rack, leaders unbalanced over the target brokers.
 * Pure; plans use it to show the state before and after.
 */
public final class PlacementEvaluator {
    private PlacementEvaluator() {
    }

    public static List<Violation> evaluate(Assignment assignment, PlacementRules rules) {
        List<Violation> out = new ArrayList<>();
        List<String> rackNames = List.copyOf(rules.targetRacks().keySet());
        int racks = rackNames.size();
        // Arrays, not per-partition sets and maps: plans evaluate 100,000 partitions twice.
        BrokerTable table = new BrokerTable(rules.rackOf().keySet());
        int[] rackIndex = new int[table.size()];
        boolean[] target = new boolean[table.size()];
        for (int x = 0; x < table.size(); x++) {
            rackIndex[x] = rackNames.indexOf(rules.rackOf().get(table.ids[x]));
            target[x] = rules.targetBrokers().contains(table.ids[x]);
        }
        int[] perRack = new int[racks];
        for (var e : assignment.replicas().entrySet()) {
            PartitionId p = e.getKey();
            List<Integer> replicas = e.getValue();
            int distinct = 0;
            for (int j = 0; j < replicas.size(); j++) {
                int b = replicas.get(j);
                if (replicas.subList(0, j).contains(b)) {
                    out.add(Violation.ofPartition(Violation.Kind.DUPLICATE_REPLICA, p, p + " lists broker " + b + " twice"));
                    continue;
                }
                distinct++;
                int x = table.index(b);
                if (x < 0 || !target[x]) {
                    out.add(Violation.ofPartition(Violation.Kind.NOT_ON_TARGET_BROKER, p,
                            p + " has a replica on broker " + b + ", which is not a target broker"));
                }
                if (x >= 0 && rackIndex[x] >= 0) {
                    perRack[rackIndex[x]]++;
                }
            }
            if (rules.replicationFactor().isPresent() && replicas.size() != rules.replicationFactor().getAsInt()) {
                out.add(Violation.ofPartition(Violation.Kind.WRONG_REPLICATION_FACTOR, p, p + " has " + replicas.size()
                        + " replicas; the target replication factor is " + rules.replicationFactor().getAsInt()));
            }
            if (distinct > 0) {
                RackSpread spread = RackSpread.of(distinct, racks);
                for (int r = 0; r < racks; r++) {
                    int n = perRack[r];
                    if (!spread.allows(n)) {
                        out.add(Violation.ofPartition(Violation.Kind.RACK_RULE, p, p + " has " + n + " of its " + distinct
                                + " replicas in rack " + rackNames.get(r) + "; with " + racks + " racks each rack should hold "
                                + (spread.atLeast() == spread.atMost() ? String.valueOf(spread.atMost())
                                : spread.atLeast() + " to " + spread.atMost())));
                    }
                }
            }
            Arrays.fill(perRack, 0);
        }
        SortedMap<Integer, Integer> replicaCounts = assignment.replicasPerBroker();
        for (var rack : rules.targetRacks().entrySet()) {
            Spread r = Spread.of(rack.getValue(), replicaCounts);
            if (r.unbalanced()) {
                out.add(Violation.ofRack(Violation.Kind.REPLICAS_UNBALANCED_IN_RACK, rack.getKey(),
                        (rack.getKey().isEmpty() ? "brokers" : "rack " + rack.getKey()) + ": broker " + r.most() + " holds "
                                + r.max() + " replicas and broker " + r.fewest() + " holds " + r.min()));
            }
        }
        Map<Integer, Integer> leaders = assignment.leadersPerBroker();
        if (!leaders.isEmpty()) {
            Spread l = Spread.of(rules.targetBrokers(), leaders);
            if (l.unbalanced()) {
                out.add(Violation.ofBrokers(Violation.Kind.LEADERS_UNBALANCED, l.most(), "broker " + l.most() + " leads " + l.max()
                        + " partitions and broker " + l.fewest() + " leads " + l.min()));
            }
        }
        return out;
    }

    /** The most and fewest a count reaches over some brokers (absent counts as 0), and who has them. */
    private record Spread(int min, int fewest, int max, int most) {
        static Spread of(Iterable<Integer> brokers, Map<Integer, Integer> counts) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int most = -1;
            int fewest = -1;
            for (int b : brokers) {
                int n = counts.getOrDefault(b, 0);
                if (n > max) {
                    max = n;
                    most = b;
                }
                if (n < min) {
                    min = n;
                    fewest = b;
                }
            }
            return new Spread(min, fewest, max, most);
        }

        boolean unbalanced() {
            return max - min > 1;
        }
    }

    /** Only the hard rules' violations: what a correct plan never leaves. */
    public static List<Violation> hard(List<Violation> violations) {
        return violations.stream().filter(v -> v.kind().hard()).toList();
    }
}
