package io.kzk.admin.reassign;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A resolved {@link PlacementTarget}: the brokers replicas may be on, the rack of every broker
 * whose rack is known (target brokers all have one; "" stands for "no racks anywhere"), and the
 * replication factor wanted (absent: each partition keeps its own). Strategies place by these
 * rules and {@link PlacementEvaluator} judges any assignment against them.
 */
public record PlacementRules(SortedSet<Integer> targetBrokers, SortedMap<Integer, String> rackOf,
                             OptionalInt replicationFactor) {
    public PlacementRules {
        targetBrokers = Collections.unmodifiableSortedSet(new TreeSet<>(targetBrokers));
        rackOf = Collections.unmodifiableSortedMap(new TreeMap<>(rackOf));
        for (int b : targetBrokers) {
            if (!rackOf.containsKey(b)) {
                throw new IllegalArgumentException("target broker " + b + " has no rack entry (use \"\" for no racks)");
            }
        }
    }

    /** Rules for brokers without racks, as tests and simple callers need them. */
    public static PlacementRules withoutRacks(SortedSet<Integer> brokers, OptionalInt replicationFactor) {
        SortedMap<Integer, String> racks = new TreeMap<>();
        brokers.forEach(b -> racks.put(b, ""));
        return new PlacementRules(brokers, racks, replicationFactor);
    }

    /** The target brokers by rack, racks and brokers sorted. */
    public SortedMap<String, List<Integer>> targetRacks() {
        SortedMap<String, List<Integer>> racks = new TreeMap<>();
        for (int b : targetBrokers) {
            racks.computeIfAbsent(rackOf.get(b), r -> new ArrayList<>()).add(b);
        }
        return racks;
    }

    public Optional<String> rackOf(int broker) {
        return Optional.ofNullable(rackOf.get(broker));
    }

    /** The replication factor a partition must end with: the one asked for, else its own. */
    public int replicationFactorFor(List<Integer> currentReplicas) {
        return replicationFactor.orElse(currentReplicas.size());
    }

    public RackSpread spread(int replicationFactor) {
        return RackSpread.of(replicationFactor, targetRacks().size());
    }

    /** Throws, naming the numbers, when no placement of {@code rf} replicas meets the rules. */
    public void requireFeasible(int rf) {
        if (rf < 1) {
            throw KzkException.invalidInput("replication factor must be at least 1, not " + rf);
        }
        if (rf > targetBrokers.size()) {
            throw KzkException.invalidInput("replication factor " + rf + " needs " + rf + " target brokers; the target has "
                    + targetBrokers.size() + " (" + PlacementTarget.ids(targetBrokers) + ")");
        }
        SortedMap<String, List<Integer>> racks = targetRacks();
        RackSpread spread = spread(rf);
        int room = 0;
        for (var rack : racks.entrySet()) {
            int brokers = rack.getValue().size();
            if (brokers < spread.atLeast()) {
                throw KzkException.invalidInput("replication factor " + rf + " over " + racks.size() + " racks needs at least "
                        + spread.atLeast() + " replicas in each rack; rack " + rack.getKey() + " has " + brokers
                        + (brokers == 1 ? " broker (" : " brokers (") + PlacementTarget.ids(rack.getValue()) + ")");
            }
            room += Math.min(brokers, spread.atMost());
        }
        if (room < rf) {
            throw KzkException.invalidInput("replication factor " + rf + " over " + racks.size() + " racks allows at most "
                    + spread.atMost() + " replicas per rack, and racks " + racks.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().size() + (e.getValue().size() == 1 ? " broker)" : " brokers)"))
                    .collect(Collectors.joining(", ")) + " hold only " + room);
        }
    }
}
