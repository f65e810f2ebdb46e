package io.kzk.admin.group;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.PartitionOffsetsReader;
import io.kzk.admin.topic.TopicMetadata;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import io.kzk.common.Pause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;

/** Consumer groups through the Admin API: list, describe with lag, reset offsets, delete. */
public final class GroupService {
    private final KafkaTarget kafka;
    private final PartitionOffsetsReader offsets;
    private final TopicMetadata topicMetadata;

    public GroupService(KafkaTarget kafka) {
        this.kafka = kafka;
        this.offsets = new PartitionOffsetsReader(kafka);
        this.topicMetadata = new TopicMetadata(kafka);
    }

    public List<GroupSummary> list() {
        Collection<ConsumerGroupListing> listings = kafka.await(kafka.admin().listConsumerGroups().all(), "listing consumer groups");
        List<String> ids = listings.stream().map(ConsumerGroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> described = kafka.await(kafka.admin().describeConsumerGroups(ids).all(),
                "describing consumer groups");
        return ids.stream().map(described::get).map(d -> new GroupSummary(d.groupId(), state(d), type(d), d.members().size(),
                d.coordinator() == null ? null : d.coordinator().id())).toList();
    }

    public List<GroupDetails> describe(List<String> groups) {
        List<String> distinct = groups.stream().distinct().toList();
        Map<String, ConsumerGroupDescription> described = kafka.await(kafka.admin().describeConsumerGroups(distinct).all(),
                "describing consumer groups");
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committed(distinct);
        // Every group's partitions first, so that the end offsets are one request for all of them.
        Map<String, Map<TopicPartition, MemberDescription>> owners = new HashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        for (String group : distinct) {
            ConsumerGroupDescription d = described.get(group);
            if (d.state() == ConsumerGroupState.DEAD && committed.get(group).isEmpty()) {
                throw KzkException.notFound("no consumer group '" + group + "': see 'kzk group list'");
            }
            Map<TopicPartition, MemberDescription> owned = new HashMap<>();
            d.members().forEach(m -> m.assignment().topicPartitions().forEach(tp -> owned.put(tp, m)));
            owners.put(group, owned);
            partitions.addAll(committed.get(group).keySet());
            partitions.addAll(owned.keySet());
        }
        Map<TopicPartition, Long> ends = offsets.latest(partitions);
        List<GroupDetails> out = new ArrayList<>();
        for (String group : distinct) {
            out.add(details(group, described.get(group), committed.get(group), owners.get(group), ends));
        }
        return out;
    }

    private GroupDetails details(String group, ConsumerGroupDescription d, Map<TopicPartition, OffsetAndMetadata> committed,
                                 Map<TopicPartition, MemberDescription> owners, Map<TopicPartition, Long> ends) {
        List<GroupDetails.Member> members = new ArrayList<>();
        for (MemberDescription m : d.members()) {
            List<String> assigned = new ArrayList<>();
            m.assignment().topicPartitions().forEach(tp -> assigned.add(tp.toString()));
            assigned.sort(Comparator.naturalOrder());
            members.add(new GroupDetails.Member(m.consumerId(), m.clientId(), m.host(), assigned));
        }
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(owners.keySet());
        List<GroupPartition> rows = new ArrayList<>();
        Map<String, Long> lagByTopic = new TreeMap<>();
        long total = 0;
        for (TopicPartition tp : partitions.stream().sorted(Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition)).toList()) {
            OffsetAndMetadata c = committed.get(tp);
            Long end = ends.get(tp);
            Long lag = c == null || end == null ? null : Math.max(0, end - c.offset());
            MemberDescription m = owners.get(tp);
            rows.add(new GroupPartition(tp.topic(), tp.partition(), c == null ? null : c.offset(), end, lag,
                    m == null ? null : m.consumerId(), m == null ? null : m.clientId(), m == null ? null : m.host()));
            if (lag != null) {
                total += lag;
                lagByTopic.merge(tp.topic(), lag, Long::sum);
            }
        }
        return new GroupDetails(group, state(d), type(d), d.coordinator() == null ? null : d.coordinator().id(), members, rows,
                total, lagByTopic);
    }

    /**
     * Plans (and with {@code execute} applies) new committed offsets. Refused while the group has
     * members: they would overwrite the reset with their next commit.
     *
     * @param topics "TOPIC" or "TOPIC:P,P" entries; empty with {@code allTopics} for every topic the group has committed to
     * @param file   for {@link ResetTarget.Kind#FILE}: lines of topic,partition,offset
     */
    public List<OffsetReset> resetOffsets(String group, List<String> topics, boolean allTopics, ResetTarget target, Path file,
                                          boolean execute) {
        ConsumerGroupDescription d = kafka.await(kafka.admin().describeConsumerGroups(List.of(group)).all(), "describing " + group)
                .get(group);
        if (!d.members().isEmpty()) {
            throw new KzkException(FailureKind.CONFLICT, "consumer group '" + group + "' has " + d.members().size()
                    + (d.members().size() == 1 ? " active member" : " active members") + " (state " + state(d)
                    + "): stop its consumers first, or they overwrite the reset");
        }
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        Map<TopicPartition, Long> fromFile = Map.of();
        if (target.kind() == ResetTarget.Kind.FILE) {
            OffsetsFile offsetsFile = OffsetsFile.read(file);
            checkExists(offsetsFile);
            fromFile = offsetsFile.offsets();
        }
        Set<TopicPartition> partitions = target.kind() == ResetTarget.Kind.FILE ? fromFile.keySet()
                : allTopics ? committed.keySet() : partitions(topics);
        if (partitions.isEmpty()) {
            throw KzkException.invalidInput(allTopics ? "consumer group '" + group + "' has no committed offsets to reset"
                    : "no partitions to reset: give --topic TOPIC[:P,...] or --all-topics");
        }
        PartitionOffsetsReader.Ends ends = boundsOf(partitions);
        Map<TopicPartition, Long> at = switch (target.kind()) {
            case DATETIME -> offsets.at(partitions, target.value());
            case DURATION -> offsets.at(partitions, System.currentTimeMillis() - target.value());
            default -> Map.of();
        };
        List<OffsetReset> plan = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition tp : partitions.stream().sorted(Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition)).toList()) {
            Long low = ends.earliest().get(tp);
            Long high = ends.latest().get(tp);
            if (low == null || high == null) {
                // The reader leaves out a partition whose leader went away; a reset cannot clamp to
                // bounds it does not know, so the whole reset stops before anything is written.
                throw new KzkException(FailureKind.OPERATION_FAILED, "partition " + tp + " has no leader to read its offsets from: "
                        + "nothing was reset; see 'kzk topic describe " + tp.topic() + "'");
            }
            Long before = committed.containsKey(tp) ? committed.get(tp).offset() : null;
            long after = switch (target.kind()) {
                case EARLIEST -> low;
                case LATEST -> high;
                case OFFSET -> target.value();
                case DATETIME, DURATION -> at.getOrDefault(tp, high);
                case SHIFT -> (before == null ? low : before) + target.value();
                case FILE -> fromFile.get(tp);
            };
            after = Math.max(low, Math.min(high, after));
            plan.add(new OffsetReset(tp.topic(), tp.partition(), before, after));
            next.put(tp, new OffsetAndMetadata(after));
        }
        if (execute) {
            kafka.await(kafka.admin().alterConsumerGroupOffsets(group, next).all(), "resetting the offsets of " + group);
        }
        return plan;
    }

    /**
     * Deletes groups, in one request for all; a group with members is refused by its coordinator
     * (GroupNotEmptyException, which KafkaFailures makes a conflict) and named.
     */
    public void delete(List<String> groups) {
        var deleted = kafka.admin().deleteConsumerGroups(groups).deletedGroups();
        for (String g : groups) {
            kafka.await(deleted.get(g), "deleting consumer group '" + g + "'");
        }
    }

    /** The partitions of {@code topic} the group has committed offsets for, in order; none is NOT_FOUND. */
    public List<TopicPartition> committedPartitions(String group, String topic) {
        List<TopicPartition> partitions = committed(group).keySet().stream().filter(tp -> tp.topic().equals(topic))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
        if (partitions.isEmpty()) {
            throw KzkException.notFound("consumer group '" + group + "' has no committed offsets for topic '" + topic + "'");
        }
        return partitions;
    }

    /** Deletes a group's committed offsets for one topic (all its partitions the group committed). */
    public List<TopicPartition> deleteOffsets(String group, String topic) {
        List<TopicPartition> partitions = committedPartitions(group, topic);
        deleteOffsets(group, partitions);
        return partitions;
    }

    public void deleteOffsets(String group, List<TopicPartition> partitions) {
        kafka.await(kafka.admin().deleteConsumerGroupOffsets(group, new HashSet<>(partitions)).all(), "deleting offsets of " + group);
    }

    /**
     * Those of {@code groups} that do not exist: no state (the coordinator calls them dead) and no
     * committed offsets. Two requests whatever the number of groups.
     */
    public List<String> missing(Collection<String> groups) {
        List<String> distinct = groups.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> described = kafka.await(kafka.admin().describeConsumerGroups(distinct).all(),
                "describing consumer groups");
        List<String> dead = distinct.stream().filter(g -> described.get(g).state() == ConsumerGroupState.DEAD).toList();
        if (dead.isEmpty()) {
            return List.of();
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committed(dead);
        return dead.stream().filter(g -> committed.get(g).isEmpty()).toList();
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        return committed(List.of(group)).get(group);
    }

    /**
     * Both ends of every partition, which a reset needs to clamp to. A partition the reader left
     * out (its leader unknown to the broker asked: moving, or a topic created a moment ago whose
     * metadata has not reached every broker yet) is asked again for up to two seconds before the
     * reset gives up on it.
     */
    private PartitionOffsetsReader.Ends boundsOf(Set<TopicPartition> partitions) {
        PartitionOffsetsReader.Ends ends = offsets.ends(partitions);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            Set<TopicPartition> missing = new HashSet<>();
            for (TopicPartition tp : partitions) {
                if (!ends.earliest().containsKey(tp) || !ends.latest().containsKey(tp)) {
                    missing.add(tp);
                }
            }
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return ends;
            }
            Pause.between(100, "reading offsets");
            PartitionOffsetsReader.Ends again = offsets.ends(missing);
            ends.earliest().putAll(again.earliest());
            ends.latest().putAll(again.latest());
        }
    }

    /** The committed offsets of these groups, one request for all (partitions without one left out). */
    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committed(List<String> groups) {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        groups.forEach(g -> specs.put(g, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> offsets = kafka.await(kafka.admin().listConsumerGroupOffsets(specs).all(),
                groups.size() == 1 ? "reading offsets of " + groups.get(0) : "reading offsets of consumer groups");
        Map<String, Map<TopicPartition, OffsetAndMetadata>> out = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            offsets.getOrDefault(group, Map.of()).forEach((tp, o) -> {
                if (o != null) {
                    present.put(tp, o);
                }
            });
            out.put(group, present);
        }
        return out;
    }

    private Set<TopicPartition> partitions(List<String> topics) {
        Set<TopicPartition> out = new HashSet<>();
        Map<String, List<Integer>> wanted = new HashMap<>();
        for (String t : topics) {
            int colon = t.indexOf(':');
            String topic = colon < 0 ? t : t.substring(0, colon);
            List<Integer> ps = new ArrayList<>();
            if (colon >= 0) {
                for (String p : t.substring(colon + 1).split(",")) {
                    try {
                        ps.add(Integer.parseInt(p.trim()));
                    } catch (NumberFormatException e) {
                        throw KzkException.invalidInput("invalid --topic '" + t + "': use TOPIC or TOPIC:0,1,2");
                    }
                }
            }
            wanted.put(topic, ps);
        }
        Map<String, Integer> counts = topicMetadata.partitionCounts(wanted.keySet());
        for (String topic : new TreeSet<>(wanted.keySet())) {
            if (!counts.containsKey(topic)) {
                throw KzkException.notFound("no topic '" + topic + "': nothing to reset; see 'kzk topic list'");
            }
        }
        wanted.forEach((topic, ps) -> {
            int count = counts.get(topic);
            for (int p : ps) {
                if (p < 0 || p >= count) {
                    throw KzkException.invalidInput("partition " + p + " of '" + topic + "' does not exist (it has " + count + ")");
                }
            }
            for (int p = 0; p < count; p++) {
                if (ps.isEmpty() || ps.contains(p)) {
                    out.add(new TopicPartition(topic, p));
                }
            }
        });
        return out;
    }

    /** Every partition of the file exists: a topic or partition the cluster lacks is named with its line. */
    private void checkExists(OffsetsFile file) {
        Map<String, Integer> counts = topicMetadata.partitionCounts(file.offsets().keySet().stream().map(TopicPartition::topic).toList());
        for (TopicPartition tp : file.offsets().keySet().stream().sorted(Comparator.comparing(file.lines()::get)).toList()) {
            Integer count = counts.get(tp.topic());
            if (count == null) {
                throw KzkException.notFound(file.where(tp) + ": no topic '" + tp.topic() + "': nothing was reset; see 'kzk topic list'");
            }
            if (tp.partition() >= count) {
                throw KzkException.invalidInput(file.where(tp) + ": topic '" + tp.topic() + "' has no partition " + tp.partition()
                        + " (it has " + count + "): nothing was reset");
            }
        }
    }

    private static String state(ConsumerGroupDescription d) {
        return d.state().toString().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String type(ConsumerGroupDescription d) {
        return d.isSimpleConsumerGroup() ? "simple" : d.type().toString().toLowerCase(Locale.ROOT);
    }
}
