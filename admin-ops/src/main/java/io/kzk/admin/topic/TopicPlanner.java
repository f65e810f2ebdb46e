package io.kzk.admin.topic;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes what makes a cluster's topics what declarative files say. Pure: the same files and
 * cluster state always give the same plan, in the order it is applied (creates, partitions,
 * configs, deletes).
 */
public final class TopicPlanner {
    private TopicPlanner() {
    }

    /**
     * @param current    the desired topics that exist now, by name
     * @param allTopics  every non-internal topic of the cluster, for pruning
     * @param prune      delete topics that no file declares
     * @param pruneLimit the most topics a prune may delete: a file that lost half its topics must
     *                   not take half the cluster with it
     */
    public static List<PlannedChange> plan(List<DesiredTopic> desired, Map<String, CurrentTopic> current,
                                           Collection<String> allTopics, boolean prune, int pruneLimit) {
        if (prune && desired.isEmpty()) {
            throw KzkException.invalidInput("--prune with files that declare no topics would delete every topic;"
                    + " nothing was changed: check the files (an empty file or [] declares none)");
        }
        Map<String, DesiredTopic> byName = new HashMap<>();
        for (DesiredTopic d : desired) {
            try {
                TopicNames.validate(d.name());
            } catch (KzkException e) {
                throw KzkException.invalidInput(d.origin() + ": " + e.getMessage());
            }
            DesiredTopic earlier = byName.put(d.name(), d);
            if (earlier != null) {
                throw KzkException.invalidInput(d.origin() + ": topic '" + d.name() + "' is declared again (first at "
                        + earlier.origin() + ")");
            }
        }
        List<PlannedChange> creates = new ArrayList<>();
        List<PlannedChange> grows = new ArrayList<>();
        List<PlannedChange> configs = new ArrayList<>();
        List<PlannedChange> deletes = new ArrayList<>();
        for (DesiredTopic d : new TreeMap<>(byName).values()) {
            CurrentTopic c = current.get(d.name());
            if (c == null) {
                creates.add(new PlannedChange(d.name(), PlannedChange.Action.CREATE, describeCreate(d), d.partitions(),
                        d.replicationFactor(), d.configs(), null, true));
                continue;
            }
            if (d.partitions() != null && d.partitions() < c.partitions()) {
                throw KzkException.invalidInput(d.origin() + ": topic '" + d.name() + "' asks for " + d.partitions()
                        + " partitions but has " + c.partitions() + "; Kafka cannot take partitions away: raise the file's count");
            }
            if (d.partitions() != null && d.partitions() > c.partitions()) {
                grows.add(new PlannedChange(d.name(), PlannedChange.Action.ADD_PARTITIONS,
                        "partitions " + c.partitions() + " -> " + d.partitions(), d.partitions(), null, null, null, true));
            }
            if (d.replicationFactor() != null && d.replicationFactor() != c.replicationFactor()) {
                grows.add(new PlannedChange(d.name(), PlannedChange.Action.CHANGE_REPLICATION_FACTOR,
                        "replication factor " + c.replicationFactor() + " -> " + d.replicationFactor()
                                + ": needs a reassignment, not done by apply: kzk reassign plan --topics " + d.name()
                                + " --replication-factor " + d.replicationFactor() + " --out plan.json",
                        null, d.replicationFactor(), null, null, false));
            }
            Map<String, String> set = new TreeMap<>();
            d.configs().forEach((k, v) -> {
                if (!v.equals(c.overrides().get(k))) {
                    set.put(k, v);
                }
            });
            if (!set.isEmpty()) {
                configs.add(new PlannedChange(d.name(), PlannedChange.Action.SET_CONFIGS, describeSet(set, c.overrides()),
                        null, null, set, null, true));
            }
            List<String> remove = new ArrayList<>(new TreeSet<>(c.overrides().keySet()));
            remove.removeAll(d.configs().keySet());
            if (!remove.isEmpty()) {
                configs.add(new PlannedChange(d.name(), PlannedChange.Action.REMOVE_CONFIGS,
                        "remove " + String.join(", ", remove) + " (back to the default)", null, null, null, remove, true));
            }
        }
        if (prune) {
            for (String t : new TreeSet<>(allTopics)) {
                if (!byName.containsKey(t)) {
                    deletes.add(new PlannedChange(t, PlannedChange.Action.DELETE, "delete: no file declares it",
                            null, null, null, null, true));
                }
            }
        }
        if (deletes.size() > pruneLimit) {
            throw KzkException.invalidInput("--prune would delete " + deletes.size() + " topics ("
                    + String.join(", ", deletes.stream().limit(5).map(PlannedChange::topic).toList())
                    + (deletes.size() > 5 ? ", …" : "") + "), more than --prune-limit " + pruneLimit
                    + "; nothing was changed: check the files, or give --prune-limit " + deletes.size());
        }
        List<PlannedChange> plan = new ArrayList<>(creates);
        plan.addAll(grows);
        plan.addAll(configs);
        plan.addAll(deletes);
        return plan;
    }

    private static String describeCreate(DesiredTopic d) {
        StringBuilder s = new StringBuilder("create with ");
        s.append(d.partitions() == null ? "the default partitions" : d.partitions() + " partitions").append(", ");
        s.append(d.replicationFactor() == null ? "the default replication factor" : "replication factor " + d.replicationFactor());
        if (!d.configs().isEmpty()) {
            s.append(", ").append(String.join(", ", d.configs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return s.toString();
    }

    private static String describeSet(Map<String, String> set, Map<String, String> before) {
        List<String> parts = new ArrayList<>();
        set.forEach((k, v) -> parts.add(k + " " + (before.containsKey(k) ? before.get(k) : "(default)") + " -> " + v));
        return "set " + String.join(", ", parts);
    }
}
