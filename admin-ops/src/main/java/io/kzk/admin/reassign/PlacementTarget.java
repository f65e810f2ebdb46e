package io.kzk.admin.reassign;

import io.kzk.common.KzkException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where the caller wants the selected partitions to live: either exactly a set of brokers, or the
 * brokers they are on now plus some and minus others; optionally a new replication factor; and
 * racks overriding the cluster's. Which partitions move is the caller's choice (what it puts in the
 * current assignment); this says only where they go. {@link #resolve} checks it against the
 * cluster and turns it into the {@link PlacementRules} the strategies and the evaluator follow.
 */
public record PlacementTarget(Optional<SortedSet<Integer>> exactly, SortedSet<Integer> add, SortedSet<Integer> remove,
                              OptionalInt replicationFactor, BrokerRacks racks) {
    public PlacementTarget {
        exactly = exactly.map(s -> (SortedSet<Integer>) new TreeSet<>(s));
        add = new TreeSet<>(add);
        remove = new TreeSet<>(remove);
    }

    /** The brokers the partitions are on now, unchanged. */
    public static PlacementTarget current() {
        return new PlacementTarget(Optional.empty(), new TreeSet<>(), new TreeSet<>(), OptionalInt.empty(), BrokerRacks.NONE);
    }

    /** Exactly these brokers, whatever the partitions are on now (Kafka's {@code --broker-list}). */
    public static PlacementTarget exactly(Collection<Integer> brokers) {
        return new PlacementTarget(Optional.of(new TreeSet<>(brokers)), new TreeSet<>(), new TreeSet<>(),
                OptionalInt.empty(), BrokerRacks.NONE);
    }

    public PlacementTarget adding(Collection<Integer> brokers) {
        SortedSet<Integer> a = new TreeSet<>(add);
        a.addAll(brokers);
        return new PlacementTarget(exactly, a, remove, replicationFactor, racks);
    }

    public PlacementTarget removing(Collection<Integer> brokers) {
        SortedSet<Integer> r = new TreeSet<>(remove);
        r.addAll(brokers);
        return new PlacementTarget(exactly, add, r, replicationFactor, racks);
    }

    public PlacementTarget withReplicationFactor(int rf) {
        if (rf < 1) {
            throw KzkException.invalidInput("replication factor must be at least 1, not " + rf);
        }
        return new PlacementTarget(exactly, add, remove, OptionalInt.of(rf), racks);
    }

    public PlacementTarget withRacks(BrokerRacks overrides) {
        return new PlacementTarget(exactly, add, remove, replicationFactor, overrides);
    }

    /**
     * Checks the target against the cluster's brokers and the current assignment and says why it
     * cannot be met, naming the numbers, when it cannot: unknown or empty broker sets, a
     * replication factor above the broker count, racks that cannot hold the spread, racks known
     * for some target brokers and not others.
     *
     * @param cluster the brokers the cluster lists now (the live ones)
     */
    public PlacementRules resolve(Collection<Broker> cluster, Assignment current) {
        Map<Integer, Optional<String>> known = new TreeMap<>();
        cluster.forEach(b -> known.put(b.id(), b.rack()));
        for (int b : racks.racks().keySet()) {
            if (!known.containsKey(b)) {
                throw KzkException.invalidInput("broker racks name broker " + b + ", which the cluster does not list; brokers: "
                        + ids(known.keySet()));
            }
        }
        for (int b : exactly.orElse(add)) {
            if (!known.containsKey(b)) {
                throw KzkException.invalidInput("target broker " + b + " is not in the cluster; brokers: " + ids(known.keySet()));
            }
        }
        Set<Integer> holding = current.replicasPerBroker().keySet();
        for (int b : remove) {
            if (!known.containsKey(b) && !holding.contains(b)) {
                throw KzkException.invalidInput("broker " + b + " to remove is neither in the cluster nor holding any of the partitions");
            }
        }
        SortedSet<Integer> target = new TreeSet<>(exactly.orElse(new TreeSet<>(holding)));
        if (exactly.isEmpty()) {
            target.addAll(add);
        }
        target.removeAll(remove);
        if (target.isEmpty()) {
            throw KzkException.invalidInput("the target broker set is empty" + (remove.isEmpty() ? "" : " after removing " + ids(remove)));
        }
        for (int b : target) {
            if (!known.containsKey(b)) {
                throw KzkException.invalidInput("broker " + b + " holds replicas but is not in the cluster; remove it from the target"
                        + " (--remove " + b + ") to move its replicas away");
            }
        }
        SortedMap<Integer, String> rackOf = new TreeMap<>();
        known.forEach((b, r) -> {
            String rack = racks.racks().getOrDefault(b, r.orElse(null));
            if (rack != null) {
                rackOf.put(b, rack);
            }
        });
        List<Integer> withRack = target.stream().filter(rackOf::containsKey).toList();
        if (!withRack.isEmpty() && withRack.size() < target.size()) {
            List<Integer> without = target.stream().filter(b -> !rackOf.containsKey(b)).toList();
            throw KzkException.invalidInput("brokers " + ids(withRack) + " have a rack and brokers " + ids(without)
                    + " have none; give every target broker a rack (--broker-racks) or none, as Kafka also refuses mixed rack information");
        }
        if (withRack.isEmpty()) {
            // No rack anywhere: one unnamed rack, and the rack rule asks nothing.
            rackOf.clear();
            target.forEach(b -> rackOf.put(b, ""));
        }
        PlacementRules rules = new PlacementRules(target, rackOf, replicationFactor);
        SortedSet<Integer> factors = new TreeSet<>();
        if (replicationFactor.isPresent()) {
            factors.add(replicationFactor.getAsInt());
        } else {
            for (Map.Entry<PartitionId, List<Integer>> e : current.replicas().entrySet()) {
                if (e.getValue().isEmpty()) {
                    throw KzkException.invalidInput("partition " + e.getKey() + " has no replicas; give a replication factor to place it");
                }
                factors.add(e.getValue().size());
            }
        }
        factors.forEach(rules::requireFeasible);
        return rules;
    }

    static String ids(Collection<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
