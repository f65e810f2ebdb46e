package io.kzk.admin.topic;

import io.kzk.admin.KafkaTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/** Reads partition state across the whole cluster with a fixed number of requests, whatever its size. */
public final class PartitionStates {
    private final KafkaTarget kafka;

    public PartitionStates(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** Every partition of every topic, internal ones included, ordered by topic and partition. */
    public List<PartitionState> all() {
        Set<String> names = kafka.await(kafka.admin().listTopics(new ListTopicsOptions().listInternal(true)).names(),
                "listing topics");
        return describe(names);
    }

    public List<PartitionState> describe(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> described = kafka.await(kafka.admin().describeTopics(topics).allTopicNames(),
                "describing topics");
        List<PartitionState> states = new ArrayList<>();
        for (TopicDescription topic : described.values()) {
            states.addAll(TopicService.states(topic));
        }
        states.sort(Comparator.comparing(PartitionState::topic).thenComparingInt(PartitionState::partition));
        return states;
    }

    /** Each topic's effective {@code min.insync.replicas}, in one request for all topics. */
    public Map<String, Integer> minInsyncReplicas(Collection<String> topics) {
        List<ConfigResource> resources = topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        if (resources.isEmpty()) {
            return Map.of();
        }
        Map<ConfigResource, Config> configs = kafka.await(kafka.admin().describeConfigs(resources).all(),
                "reading topic configs");
        Map<String, Integer> minIsr = new HashMap<>();
        configs.forEach((resource, config) -> {
            ConfigEntry entry = config.get("min.insync.replicas");
            if (entry != null && entry.value() != null) {
                minIsr.put(resource.name(), Integer.parseInt(entry.value()));
            }
        });
        return minIsr;
    }
}
