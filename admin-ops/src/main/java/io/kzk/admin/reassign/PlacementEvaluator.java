package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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
        int racks = rules.targetRacks().size();
        for (var e : assignment.replicas().entrySet()) {
            PartitionId p = e.getKey();
            List<Integer> replicas = e.getValue();
            Set<Integer> seen = new HashSet<>();
            Map<String, Integer> perRack = new HashMap<>();
            for (int b : replicas) {
                if (!seen.add(b)) {
                    out.add(Violation.ofPartition(Violation.Kind.DUPLICATE_REPLICA, p, p + " lists broker " + b + " twice"));
                    continue;
                }
                if (!rules.targetBrokers().contains(b)) {
                    out.add(Violation.ofPartition(Violation.Kind.NOT_ON_TARGET_BROKER, p,
                            p + " has a replica on broker " + b + ", which is not a target broker"));
                }
                rules.rackOf(b).ifPresent(r -> perRack.merge(r, 1, Integer::sum));
            }
            if (rules.replicationFactor().isPresent() && replicas.size() != rules.replicationFactor().getAsInt()) {
                out.add(Violation.ofPartition(Violation.Kind.WRONG_REPLICATION_FACTOR, p, p + " has " + replicas.size()
                        + " replicas; the target replication factor is " + rules.replicationFactor().getAsInt()));
            }
            if (replicas.isEmpty()) {
                continue;
            }
            RackSpread spread = RackSpread.of(seen.size(), racks);
            for (String rack : rules.targetRacks().keySet()) {
                int n = perRack.getOrDefault(rack, 0);
                if (!spread.allows(n)) {
                    out.add(Violation.ofPartition(Violation.Kind.RACK_RULE, p, p + " has " + n + " of its " + seen.size()
                            + " replicas in rack " + rack + "; with " + racks + " racks each rack should hold "
                            + (spread.atLeast() == spread.atMost() ? String.valueOf(spread.atMost())
                            : spread.atLeast() + " to " + spread.atMost())));
                }
            }
        }
        SortedMap<Integer, Integer> replicaCounts = assignment.replicasPerBroker();
        for (var rack : rules.targetRacks().entrySet()) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int most = -1;
            int fewest = -1;
            for (int b : rack.getValue()) {
                int n = replicaCounts.getOrDefault(b, 0);
                if (n > max) {
                    max = n;
                    most = b;
                }
                if (n < min) {
                    min = n;
                    fewest = b;
                }
            }
            if (max - min > 1) {
                out.add(Violation.ofRack(Violation.Kind.REPLICAS_UNBALANCED_IN_RACK, rack.getKey(),
                        (rack.getKey().isEmpty() ? "brokers" : "rack " + rack.getKey()) + ": broker " + most + " holds " + max
                                + " replicas and broker " + fewest + " holds " + min));
            }
        }
        Map<Integer, Integer> leaders = new TreeMap<>(assignment.leadersPerBroker());
        if (!leaders.isEmpty()) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int most = -1;
            int fewest = -1;
            for (int b : rules.targetBrokers()) {
                int n = leaders.getOrDefault(b, 0);
                if (n > max) {
                    max = n;
                    most = b;
                }
                if (n < min) {
                    min = n;
                    fewest = b;
                }
            }
            if (max - min > 1) {
                out.add(Violation.ofBrokers(Violation.Kind.LEADERS_UNBALANCED, most, "broker " + most + " leads " + max
                        + " partitions and broker " + fewest + " leads " + min));
            }
        }
        return out;
    }

    /** Only the hard rules' violations: what a correct plan never leaves. */
    public static List<Violation> hard(List<Violation> violations) {
        return violations.stream().filter(v -> v.kind().hard()).toList();
    }
}
