package io.kzk.admin.topic;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of a plan.
 *
 * @param partitions        the partition count to create with or grow to
 * @param replicationFactor the replication factor to create with, or the one asked for when it differs
 * @param configs           configs to create with or to set
 * @param keys              config overrides to remove
 * @param applicable        false for what apply cannot do itself (a replication factor change needs a reassignment)
 */
public record PlannedChange(String topic, Action action, String detail, Integer partitions, Short replicationFactor,
                            Map<String, String> configs, List<String> keys, boolean applicable) {
    /** What a step does. */
    public enum Action { CREATE, ADD_PARTITIONS, SET_CONFIGS, REMOVE_CONFIGS, DELETE, CHANGE_REPLICATION_FACTOR }

    public PlannedChange {
        configs = configs == null ? Map.of() : new TreeMap<>(configs);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
