package io.kzk.admin.topic;

import io.kzk.admin.KafkaTarget;
import io.kzk.common.Pause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The one reader of topic metadata and topic configs: names, descriptions, partition states
 * and configs, each in one request for any number of topics, so a read costs a fixed number of
 * round trips whatever the cluster's size. No offsets: those are {@link PartitionOffsetsReader}'s.
 */
public final class TopicMetadata {
    private final KafkaTarget kafka;

    public TopicMetadata(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    public Set<String> names(boolean includeInternal) {
        return kafka.await(kafka.admin().listTopics(new ListTopicsOptions().listInternal(includeInternal)).names(),
                "listing topics");
    }

    /** Every topic, internal ones included, and whether it is internal. */
    public Map<String, Boolean> listings() {
        return kafka.await(kafka.admin().listTopics(new ListTopicsOptions().listInternal(true)).listings(), "listing topics")
                .stream().collect(Collectors.toMap(TopicListing::name, TopicListing::isInternal));
    }

    /**
     * Every topic, as {@link #listings}, once it lists all of {@code wanted} or 2 s have passed: a
     * topic created a moment ago may not be known yet to the broker asked (the controller tells the
     * brokers after it answers the create), and a command right after the create must find it.
     */
    public Map<String, Boolean> listingsWith(Collection<String> wanted) {
        return askedAgainBriefly(this::listings, listings -> listings.keySet().containsAll(wanted), wanted);
    }

    /**
     * The answer of {@code ask} once it is {@code complete}, or after 2 s of asking again: the
     * window in which a broker may not know a topic created a moment ago.
     */
    private static <T> T askedAgainBriefly(Supplier<T> ask, Predicate<T> complete, Collection<String> topics) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            T answer = ask.get();
            if (complete.test(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            Pause.between(200, "waiting for topic(s) " + topics);
        }
    }

    /** The descriptions of {@code names}, by name. */
    public List<TopicDescription> describe(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return kafka.await(kafka.admin().describeTopics(names).allTopicNames(), "describing topics").values().stream()
                .sorted(Comparator.comparing(TopicDescription::name)).toList();
    }

    /**
     * How many partitions each of {@code topics} has, in one request. A topic the cluster does not
     * have is left out, for the caller to name as it sees fit; any other failure (not authorized
     * above all) is thrown. A topic created a moment ago may not be known yet to the broker asked
     * (the controller tells the brokers after it answers the create): a missing one is asked
     * again for up to 2 s before it is left out.
     */
    public Map<String, Integer> partitionCounts(Collection<String> topics) {
        Set<String> distinct = new TreeSet<>(topics);
        return askedAgainBriefly(() -> {
            Map<String, Integer> counts = new HashMap<>();
            if (!distinct.isEmpty()) {
                var futures = kafka.admin().describeTopics(distinct).topicNameValues();
                for (String topic : distinct) {
                    kafka.awaitUnless(futures.get(topic), UnknownTopicOrPartitionException.class, "describing topic " + topic)
                            .ifPresent(d -> counts.put(topic, d.partitions().size()));
                }
            }
            return counts;
        }, counts -> counts.keySet().containsAll(distinct), distinct);
    }

    /** Every partition of every topic, internal ones included, ordered by topic and partition. */
    public List<PartitionState> allPartitions() {
        return partitions(names(true));
    }

    /** The partitions of {@code topics}, ordered by topic and partition. */
    public List<PartitionState> partitions(Collection<String> topics) {
        List<PartitionState> states = new ArrayList<>();
        for (TopicDescription topic : describe(topics)) {
            states.addAll(states(topic));
        }
        return states;
    }

    /** The configs of {@code names}, by topic, in one request. */
    public Map<String, Config> configs(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        List<ConfigResource> resources = names.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<String, Config> out = new HashMap<>();
        kafka.await(kafka.admin().describeConfigs(resources).all(), "reading topic configs")
                .forEach((resource, config) -> out.put(resource.name(), config));
        return out;
    }

    /** Each topic's effective {@code min.insync.replicas}, in one request for all topics. */
    public Map<String, Integer> minInsyncReplicas(Collection<String> topics) {
        Map<String, Integer> minIsr = new HashMap<>();
        configs(topics).forEach((topic, config) -> {
            ConfigEntry entry = config.get("min.insync.replicas");
            if (entry != null && entry.value() != null) {
                minIsr.put(topic, Integer.parseInt(entry.value()));
            }
        });
        return minIsr;
    }

    /** The configs set on each topic itself (dynamic topic configs), by topic: what a topic declaration holds. */
    public Map<String, Map<String, String>> overrides(Collection<String> topics) {
        Map<String, Map<String, String>> out = new HashMap<>();
        configs(topics).forEach((topic, config) -> out.put(topic, overrides(config)));
        return out;
    }

    static Map<String, String> overrides(Config config) {
        Map<String, String> out = new HashMap<>();
        config.entries().stream()
                .filter(e -> e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG && e.value() != null)
                .forEach(e -> out.put(e.name(), e.value()));
        return out;
    }

    /** A topic's partitions as its description has them, by partition. */
    public static List<PartitionState> states(TopicDescription d) {
        List<PartitionState> states = new ArrayList<>();
        for (TopicPartitionInfo p : d.partitions()) {
            Node leader = p.leader();
            states.add(new PartitionState(d.name(), p.partition(), leader == null || leader.isEmpty() ? null : leader.id(),
                    p.replicas().stream().map(Node::id).toList(), p.isr().stream().map(Node::id).toList()));
        }
        states.sort(Comparator.comparingInt(PartitionState::partition));
        return states;
    }

    static int replicationFactor(TopicDescription d) {
        return d.partitions().isEmpty() ? 0 : d.partitions().get(0).replicas().size();
    }
}
