package io.kzk.admin.topic;

import java.util.List;
import java.util.Map;

/**
 * A topic to create. Partitions and replication factor may be null: the broker's defaults then apply.
 *
 * @param assignment per partition its replicas, preferred leader first; when given, it decides
 *                   partitions and replication factor
 */
public record NewTopicSpec(String name, Integer partitions, Short replicationFactor, Map<String, String> configs,
                           List<List<Integer>> assignment) {
    public NewTopicSpec {
        configs = configs == null ? Map.of() : Map.copyOf(configs);
        assignment = assignment == null ? null : List.copyOf(assignment);
    }
}
