package io.kzk.admin.reassign;

import java.util.ArrayList;
import java.util.List;

/**
 * One partition's change: its replicas before and after. A move that only reorders replicas
 * copies no data but changes the preferred leader; {@link #added()} is what Kafka copies.
 */
public record PartitionMove(PartitionId partition, List<Integer> from, List<Integer> to) {
    public PartitionMove {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** Brokers that get a new copy of the partition, in the order of {@code to}. */
    public List<Integer> added() {
        List<Integer> a = new ArrayList<>(to);
        a.removeAll(from);
        return a;
    }

    /** Brokers whose copy is dropped, in the order of {@code from}. */
    public List<Integer> removed() {
        List<Integer> r = new ArrayList<>(from);
        r.removeAll(to);
        return r;
    }

    public boolean leaderChanged() {
        int before = from.isEmpty() ? -1 : from.get(0);
        int after = to.isEmpty() ? -1 : to.get(0);
        return before != after;
    }

    /** Same brokers, another order: no data moves. */
    public boolean reorderOnly() {
        return added().isEmpty() && removed().isEmpty();
    }
}
