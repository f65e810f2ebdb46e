package io.kzk.admin.topic;

import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as a declarative file wants it. Partitions and replication factor may be null: the
 * broker's defaults then apply at creation, and an existing topic is not compared on them.
 *
 * @param configs the complete set of topic-level overrides the topic should have
 * @param origin  where it was declared, for messages: {@code topics.yaml:12}
 */
public record DesiredTopic(String name, Integer partitions, Short replicationFactor, Map<String, String> configs,
                           String origin) {
    public DesiredTopic {
        configs = configs == null ? Map.of() : new TreeMap<>(configs);
    }
}
