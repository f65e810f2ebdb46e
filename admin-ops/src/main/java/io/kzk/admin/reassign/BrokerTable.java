package io.kzk.admin.reassign;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense indexes for a set of broker ids, so strategies count load in arrays rather than maps:
 * planning 100,000 partitions must stay well inside a CLI's time budget.
 */
final class BrokerTable {
    private static final int DIRECT_LIMIT = 1 << 20;
    final int[] ids;
    private final int[] direct;
    private final Map<Integer, Integer> sparse;

    BrokerTable(Collection<Integer> brokers) {
        ids = brokers.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        int max = ids.length == 0 ? 0 : ids[ids.length - 1];
        if (max < DIRECT_LIMIT) {
            direct = new int[max + 1];
            Arrays.fill(direct, -1);
            for (int i = 0; i < ids.length; i++) {
                direct[ids[i]] = i;
            }
            sparse = null;
        } else {
            direct = null;
            sparse = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                sparse.put(ids[i], i);
            }
        }
    }

    int size() {
        return ids.length;
    }

    /** The index of broker {@code id}, or -1 when it is not in the table. */
    int index(int id) {
        if (direct != null) {
            return id >= 0 && id < direct.length ? direct[id] : -1;
        }
        return sparse.getOrDefault(id, -1);
    }

    static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
