package io.kzk.admin.topic;

import io.kzk.admin.config.ConfigValue;
import io.kzk.admin.KafkaTarget;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Lists, describes, creates, grows and deletes topics. Whatever the number of topics, a listing
 * costs two requests and a describe six (names, cluster, topics, configs, earliest and latest
 * offsets), never one per topic.
 */
public final class TopicService {
    private final KafkaTarget kafka;
    private final TopicMetadata metadata;

    public TopicService(KafkaTarget kafka) {
        this.kafka = kafka;
        this.metadata = new TopicMetadata(kafka);
    }

    public List<TopicSummary> list(Predicate<String> names, boolean includeInternal) {
        List<String> chosen = metadata.names(includeInternal).stream().filter(names).sorted().toList();
        List<TopicSummary> out = new ArrayList<>();
        for (TopicDescription d : metadata.describe(chosen)) {
            List<PartitionState> states = TopicMetadata.states(d);
            out.add(new TopicSummary(d.name(), d.isInternal(), states.size(), TopicMetadata.replicationFactor(d),
                    (int) states.stream().filter(p -> !p.offline() && p.underReplicated()).count(),
                    (int) states.stream().filter(PartitionState::offline).count()));
        }
        return out;
    }

    /**
     * @param topics  the topics to describe; every topic (internal ones with {@code includeInternal}) when empty
     * @param filters keep only partitions that match any of these; topics left without partitions are left out
     */
    public List<TopicDetails> describe(Collection<String> topics, boolean includeInternal, Set<PartitionFilter> filters) {
        KafkaFuture<Collection<Node>> nodes = kafka.admin().describeCluster().nodes();
        Map<String, Boolean> existing = topics.isEmpty() ? metadata.listings() : metadata.listingsWith(topics);
        List<String> chosen;
        if (topics.isEmpty()) {
            chosen = existing.keySet().stream().filter(t -> includeInternal || !existing.get(t)).sorted().toList();
        } else {
            Set<String> missing = new TreeSet<>(topics);
            missing.removeAll(existing.keySet());
            if (!missing.isEmpty()) {
                throw KzkException.notFound("no topic " + quoted(missing) + " in the cluster at " + kafka.bootstrapServers()
                        + ": see 'kzk topic list'");
            }
            chosen = topics.stream().distinct().sorted().toList();
        }
        List<TopicDescription> descriptions = metadata.describe(chosen);
        Map<String, Config> configs = metadata.configs(chosen);
        Set<Integer> live = kafka.await(nodes, "describing the cluster").stream().map(Node::id).collect(Collectors.toSet());

        Map<String, List<PartitionState>> kept = new HashMap<>();
        for (TopicDescription d : descriptions) {
            int minIsr = minIsr(configs.get(d.name()));
            kept.put(d.name(), TopicMetadata.states(d).stream()
                    .filter(p -> filters.isEmpty() || filters.stream().anyMatch(f -> f.matches(p, minIsr))).toList());
        }
        PartitionOffsetsReader.Ends offsets = new PartitionOffsetsReader(kafka).ends(kept.values().stream().flatMap(List::stream)
                .filter(p -> !p.offline()).map(p -> new TopicPartition(p.topic(), p.partition())).toList());

        List<TopicDetails> out = new ArrayList<>();
        for (TopicDescription d : descriptions) {
            List<PartitionState> partitions = kept.get(d.name());
            if (!filters.isEmpty() && partitions.isEmpty()) {
                continue;
            }
            List<PartitionDetails> details = partitions.stream().map(p -> {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                List<Integer> offline = p.replicas().stream().filter(r -> !live.contains(r)).toList();
                return new PartitionDetails(p.partition(), p.leader(), p.replicas(), p.isr(), offline,
                        p.leaderIsPreferred(), offsets.earliest().get(tp), offsets.latest().get(tp));
            }).toList();
            Config config = configs.get(d.name());
            out.add(new TopicDetails(d.name(), d.topicId() == null ? null : d.topicId().toString(), d.isInternal(),
                    d.partitions().size(), TopicMetadata.replicationFactor(d), minIsr(config), nonDefault(config), details));
        }
        return out;
    }

    /** Creates a topic, or with {@code validateOnly} asks the controller whether it would. */
    public TopicChange create(NewTopicSpec spec, boolean ifNotExists, boolean validateOnly) {
        TopicNames.validate(spec.name());
        if (spec.partitions() != null && spec.partitions() < 1) {
            throw KzkException.invalidInput("--partitions must be at least 1, got " + spec.partitions());
        }
        if (spec.replicationFactor() != null && spec.replicationFactor() < 1) {
            throw KzkException.invalidInput("--replication-factor must be at least 1, got " + spec.replicationFactor());
        }
        Set<String> existing = metadata.names(true);
        if (existing.contains(spec.name())) {
            if (ifNotExists) {
                return new TopicChange(spec.name(), TopicChange.Outcome.EXISTS, null, null);
            }
            throw new KzkException(io.kzk.common.FailureKind.CONFLICT, "topic '" + spec.name()
                    + "' exists already; --if-not-exists makes that no error");
        }
        TopicNames.collision(spec.name(), existing).ifPresent(other -> {
            throw KzkException.invalidInput("topic '" + spec.name() + "' would collide with existing topic '" + other
                    + "': Kafka's metrics cannot tell '.' from '_'; choose another name");
        });
        NewTopic topic;
        if (spec.assignment() != null) {
            ReplicaAssignment.requireBrokers(spec.assignment(), brokerIds());
            Map<Integer, List<Integer>> replicas = new HashMap<>();
            for (int p = 0; p < spec.assignment().size(); p++) {
                replicas.put(p, spec.assignment().get(p));
            }
            topic = new NewTopic(spec.name(), replicas);
        } else {
            topic = new NewTopic(spec.name(), Optional.ofNullable(spec.partitions()), Optional.ofNullable(spec.replicationFactor()));
        }
        topic.configs(spec.configs());
        CreateTopicsResult result = kafka.admin().createTopics(List.of(topic), new CreateTopicsOptions().validateOnly(validateOnly));
        String what = (validateOnly ? "validating topic '" : "creating topic '") + spec.name() + "'";
        kafka.await(result.all(), what);
        Integer partitions = optional(result.numPartitions(spec.name()), what);
        Integer replicationFactor = optional(result.replicationFactor(spec.name()), what);
        if (!validateOnly) {
            awaitLeaders(spec.name(), partitions == null ? 1 : partitions);
        }
        return new TopicChange(spec.name(), validateOnly ? TopicChange.Outcome.VALIDATED : TopicChange.Outcome.CREATED, partitions, replicationFactor);
    }

    /**
     * Raises a topic's partition count to {@code total}.
     *
     * @param assignment replicas of the new partitions only, or null to let the controller place them
     */
    public TopicChange addPartitions(String topic, int total, List<List<Integer>> assignment, boolean validateOnly) {
        TopicDescription d = describeExisting(topic);
        int current = d.partitions().size();
        if (total < current) {
            throw KzkException.invalidInput("topic '" + topic + "' has " + current + " partitions and Kafka cannot take"
                    + " partitions away; to have fewer, create a new topic and move the data");
        }
        if (total == current) {
            if (assignment != null) {
                throw KzkException.invalidInput("topic '" + topic + "' has " + current + " partitions already:"
                        + " a --replica-assignment needs partitions to add");
            }
            return new TopicChange(topic, TopicChange.Outcome.UNCHANGED, current, TopicMetadata.replicationFactor(d));
        }
        NewPartitions partitions;
        if (assignment != null) {
            if (assignment.size() != total - current) {
                throw KzkException.invalidInput("--replica-assignment has " + assignment.size() + " partitions; going from "
                        + current + " to " + total + " adds " + (total - current));
            }
            ReplicaAssignment.requireBrokers(assignment, brokerIds());
            partitions = NewPartitions.increaseTo(total, assignment);
        } else {
            partitions = NewPartitions.increaseTo(total);
        }
        kafka.await(kafka.admin().createPartitions(Map.of(topic, partitions),
                new CreatePartitionsOptions().validateOnly(validateOnly)).all(), "adding partitions to '" + topic + "'");
        if (!validateOnly) {
            awaitLeaders(topic, total);
        }
        return new TopicChange(topic, validateOnly ? TopicChange.Outcome.VALIDATED : TopicChange.Outcome.PARTITIONS_ADDED, total, TopicMetadata.replicationFactor(d));
    }

    /**
     * The topics of {@code requested} that exist, for a delete to confirm: fails, deleting nothing,
     * when one is missing (unless {@code ifExists}) or internal.
     */
    public List<String> deletable(Collection<String> requested, boolean ifExists) {
        Map<String, Boolean> existing = ifExists ? metadata.listings() : metadata.listingsWith(requested);
        Set<String> missing = new TreeSet<>(requested);
        missing.removeAll(existing.keySet());
        if (!missing.isEmpty() && !ifExists) {
            throw KzkException.notFound("no topic " + quoted(missing) + " in the cluster at " + kafka.bootstrapServers()
                    + "; nothing was deleted (--if-exists skips missing topics)");
        }
        List<String> internal = requested.stream().filter(t -> Boolean.TRUE.equals(existing.get(t))).sorted().toList();
        if (!internal.isEmpty()) {
            throw KzkException.invalidInput("refusing to delete internal topic " + quoted(internal)
                    + ": Kafka's own state lives there; nothing was deleted");
        }
        return requested.stream().filter(existing::containsKey).distinct().sorted().toList();
    }

    /** The non-internal topics whose names match. */
    public List<String> matching(Predicate<String> names) {
        return metadata.listings().entrySet().stream().filter(e -> !e.getValue() && names.test(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    public List<TopicChange> delete(List<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        kafka.await(kafka.admin().deleteTopics(topics).all(), "deleting " + topics.size() + " topic(s)");
        return topics.stream().map(t -> new TopicChange(t, TopicChange.Outcome.DELETED, null, null)).toList();
    }

    /**
     * Earliest and latest offset of every partition and, when {@code timestampMs} is given, the
     * first offset at or after that time.
     */
    public List<PartitionOffsets> offsets(String topic, Long timestampMs) {
        return offsets(topic, timestampMs, Set.of());
    }

    /** @param partitions only these partitions (each must exist); empty for all */
    public List<PartitionOffsets> offsets(String topic, Long timestampMs, Set<Integer> partitions) {
        TopicDescription d = describeExisting(topic);
        Set<Integer> existing = d.partitions().stream().map(TopicPartitionInfo::partition).collect(java.util.stream.Collectors.toSet());
        for (int p : new java.util.TreeSet<>(partitions)) {
            if (!existing.contains(p)) {
                throw KzkException.invalidInput("topic " + topic + " has no partition " + p + ": it has " + existing.size()
                        + (existing.size() == 1 ? " partition (0)" : " partitions (0-" + (existing.size() - 1) + ")"));
            }
        }
        List<PartitionState> live = TopicMetadata.states(d).stream().filter(p -> !p.offline())
                .filter(p -> partitions.isEmpty() || partitions.contains(p.partition())).toList();
        List<TopicPartition> liveIds = live.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        PartitionOffsetsReader reader = new PartitionOffsetsReader(kafka);
        PartitionOffsetsReader.Ends ends = reader.ends(liveIds);
        Map<TopicPartition, Long> at = timestampMs == null ? Map.of() : reader.at(liveIds, timestampMs);
        List<PartitionOffsets> out = new ArrayList<>();
        for (TopicPartitionInfo p : d.partitions()) {
            if (!partitions.isEmpty() && !partitions.contains(p.partition())) {
                continue;
            }
            TopicPartition tp = new TopicPartition(topic, p.partition());
            out.add(new PartitionOffsets(p.partition(), ends.earliest().get(tp), ends.latest().get(tp), at.get(tp)));
        }
        out.sort(Comparator.comparingInt(PartitionOffsets::partition));
        return out;
    }

    /**
     * Offsets for times, one answer a question in the order asked (kcat -Q). A topic or partition
     * the cluster does not have is answered as unknown, not thrown: the other answers still stand.
     * One ListOffsets request a distinct time, whatever the number of partitions.
     */
    public List<OffsetForTime> offsetsForTimes(List<OffsetForTime.Question> questions) {
        List<String> topics = questions.stream().map(OffsetForTime.Question::topic).distinct().toList();
        Set<String> existing = metadata.names(true);
        Map<String, Integer> partitionCounts = new HashMap<>();
        for (TopicDescription d : metadata.describe(topics.stream().filter(existing::contains).toList())) {
            partitionCounts.put(d.name(), d.partitions().size());
        }
        Map<Long, List<TopicPartition>> byTime = new java.util.TreeMap<>();
        for (OffsetForTime.Question q : questions) {
            if (q.partition() >= 0 && q.partition() < partitionCounts.getOrDefault(q.topic(), 0)) {
                byTime.computeIfAbsent(q.timestamp(), t -> new ArrayList<>()).add(new TopicPartition(q.topic(), q.partition()));
            }
        }
        PartitionOffsetsReader reader = new PartitionOffsetsReader(kafka);
        Map<Long, Map<TopicPartition, Long>> answers = new HashMap<>();
        byTime.forEach((time, partitions) -> answers.put(time, reader.forTimestamp(partitions, time)));
        return questions.stream().map(q -> new OffsetForTime(q.topic(), q.partition(), q.timestamp(),
                answers.getOrDefault(q.timestamp(), Map.of()).get(new TopicPartition(q.topic(), q.partition())))).toList();
    }

    /** The named topics that exist, as a plan compares them: their topic-level overrides only. */
    public Map<String, CurrentTopic> current(Collection<String> names) {
        Map<String, Boolean> listings = metadata.listings();
        List<String> existing = names.stream().filter(listings::containsKey).distinct().sorted().toList();
        Map<String, Config> configs = metadata.configs(existing);
        Map<String, CurrentTopic> out = new HashMap<>();
        for (TopicDescription d : metadata.describe(existing)) {
            out.put(d.name(), new CurrentTopic(d.name(), d.partitions().size(), TopicMetadata.replicationFactor(d),
                    TopicMetadata.overrides(configs.get(d.name()))));
        }
        return out;
    }

    private void awaitLeaders(String topic, int partitions) {
        TopicLeaderWaits.await(kafka, Map.of(topic, partitions));
    }

    private TopicDescription describeExisting(String topic) {
        TopicNames.validate(topic);
        if (!metadata.listingsWith(List.of(topic)).containsKey(topic)) {
            throw KzkException.notFound("no topic '" + topic + "' in the cluster at " + kafka.bootstrapServers()
                    + ": see 'kzk topic list'");
        }
        return metadata.describe(List.of(topic)).get(0);
    }

    private Set<Integer> brokerIds() {
        return kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").stream().map(Node::id)
                .collect(Collectors.toSet());
    }

    private <T> T optional(KafkaFuture<T> future, String what) {
        // brokers before CreateTopics v5 do not say what they chose; any other failure is one
        return kafka.awaitUnless(future, org.apache.kafka.common.errors.UnsupportedVersionException.class, what).orElse(null);
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
    }

    /**
     * The partition count of an existing topic. Asked through the Admin API, whose metadata
     * requests never create topics, where a producer's would on a cluster that auto-creates them.
     */
    public int partitionCount(String topic) {
        return partitionCounts(List.of(topic)).get(topic);
    }

    /**
     * The partition counts of existing topics, by topic, in one request for all of them (as
     * {@link #partitionCount}); every topic the cluster lacks is named in one NOT_FOUND.
     */
    public Map<String, Integer> partitionCounts(Collection<String> topics) {
        Map<String, Integer> counts = metadata.partitionCounts(topics);
        Set<String> missing = new TreeSet<>(topics);
        missing.removeAll(counts.keySet());
        if (!missing.isEmpty()) {
            throw KzkException.notFound("no topic " + quoted(missing) + " in the cluster at " + kafka.bootstrapServers()
                    + ": see 'kzk topic list' (kzk does not let a typo create a topic)");
        }
        return counts;
    }

    private static int minIsr(Config config) {
        ConfigEntry entry = config == null ? null : config.get("min.insync.replicas");
        return entry == null || entry.value() == null ? 1 : Integer.parseInt(entry.value());
    }

    private static List<ConfigValue> nonDefault(Config config) {
        if (config == null) {
            return List.of();
        }
        return config.entries().stream()
                .filter(e -> e.source() != ConfigEntry.ConfigSource.DEFAULT_CONFIG)
                .sorted(Comparator.comparing(ConfigEntry::name))
                .map(e -> new ConfigValue(e.name(), e.isSensitive() ? null : e.value(),
                        e.source().name().toLowerCase(Locale.ROOT), e.isSensitive()))
                .toList();
    }
}
