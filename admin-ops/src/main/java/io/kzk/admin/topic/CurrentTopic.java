package io.kzk.admin.topic;

import java.util.Map;
import java.util.TreeMap;

/** An existing topic as a plan compares it: partitions, replication factor, and its topic-level config overrides. */
public record CurrentTopic(String name, int partitions, int replicationFactor, Map<String, String> overrides) {
    public CurrentTopic {
        overrides = new TreeMap<>(overrides);
    }
}
