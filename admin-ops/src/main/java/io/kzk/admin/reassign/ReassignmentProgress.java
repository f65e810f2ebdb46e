package io.kzk.admin.reassign;

import io.kzk.admin.KafkaTarget;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.DescribeLogDirsResult;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.PartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Reads where partitions stand: the controller's list of reassignments in progress, the
 * partitions' replicas and ISR, and, for moving partitions, how much the new replicas hold
 * (DescribeLogDirs). Three requests whatever the number of partitions.
 */
public final class ReassignmentProgress {
    static final java.util.Comparator<TopicPartition> BY_TOPIC_AND_PARTITION =
            java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private final KafkaTarget kafka;

    public ReassignmentProgress(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** Every reassignment in progress in the cluster, by partition. */
    public Map<TopicPartition, PartitionReassignment> ongoing() {
        Map<TopicPartition, PartitionReassignment> out = new TreeMap<>(BY_TOPIC_AND_PARTITION);
        out.putAll(kafka.await(kafka.admin().listPartitionReassignments().reassignments(), "listing reassignments"));
        return out;
    }

    /** Each of these topics' partition count; topics that do not exist are left out. */
    public Map<String, Integer> partitionCounts(Collection<String> topics) {
        Set<String> existing = new TreeSet<>(kafka.await(kafka.admin().listTopics(
                new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true)).names(), "listing topics"));
        existing.retainAll(topics);
        Map<String, Integer> out = new HashMap<>();
        if (!existing.isEmpty()) {
            kafka.await(kafka.admin().describeTopics(existing).allTopicNames(), "describing topics")
                    .forEach((t, d) -> out.put(t, d.partitions().size()));
        }
        return out;
    }

    /** The replicas of these partitions now; fails naming a topic or partition that does not exist. */
    public Map<TopicPartition, List<Integer>> replicas(Collection<TopicPartition> partitions) {
        Map<TopicPartition, List<Integer>> out = new HashMap<>();
        describe(partitions).forEach((tp, info) -> out.put(tp, info.replicas().stream().map(Node::id).toList()));
        return out;
    }

    /**
     * Where each partition of a plan stands.
     *
     * @param original the replicas before the plan (its rollback), by partition
     * @param target   the replicas the plan asks for
     */
    public ReassignmentStatus status(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target) {
        Map<TopicPartition, PartitionReassignment> ongoing = ongoing();
        Map<TopicPartition, TopicPartitionInfo> infos = describe(target.keySet());
        Set<Integer> live = new TreeSet<>();
        kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").forEach(n -> live.add(n.id()));
        Set<Integer> notAnswering = new TreeSet<>();
        Map<TopicPartition, long[]> bytes = copiedBytes(ongoing, infos, target.keySet(), notAnswering);
        List<PartitionProgress> out = new ArrayList<>();
        for (TopicPartition tp : sorted(target.keySet())) {
            TopicPartitionInfo info = infos.get(tp);
            List<Integer> replicas = info.replicas().stream().map(Node::id).toList();
            List<Integer> isr = info.isr().stream().map(Node::id).toList();
            Integer leader = info.leader() == null || info.leader().isEmpty() ? null : info.leader().id();
            PartitionReassignment moving = ongoing.get(tp);
            List<Integer> want = target.get(tp);
            List<Integer> before = original.getOrDefault(tp, replicas);
            PartitionProgress.State state;
            if (moving != null) {
                state = PartitionProgress.State.MOVING;
            } else if (replicas.equals(want) && isr.containsAll(want)) {
                state = PartitionProgress.State.DONE;
            } else if (new HashSet<>(replicas).equals(new HashSet<>(before))) {
                state = PartitionProgress.State.WAITING;
            } else {
                state = PartitionProgress.State.CHANGED;
            }
            long[] b = bytes.getOrDefault(tp, new long[2]);
            List<Integer> adding = moving == null ? List.of() : moving.addingReplicas();
            out.add(new PartitionProgress(tp.topic(), tp.partition(), state, before, want, replicas, isr, leader,
                    adding, moving == null ? List.of() : moving.removingReplicas(), b[0], b[1],
                    adding.stream().filter(r -> !live.contains(r) && !isr.contains(r)).toList()));
        }
        return ReassignmentStatus.of(out, notAnswering);
    }

    /** Every reassignment in progress, as a status: original is the replicas less those being added. */
    public ReassignmentStatus statusOfAll() {
        Map<TopicPartition, PartitionReassignment> ongoing = ongoing();
        Map<TopicPartition, List<Integer>> original = new HashMap<>();
        Map<TopicPartition, List<Integer>> target = new HashMap<>();
        ongoing.forEach((tp, r) -> {
            original.put(tp, r.replicas().stream().filter(b -> !r.addingReplicas().contains(b)).toList());
            target.put(tp, r.replicas().stream().filter(b -> !r.removingReplicas().contains(b)).toList());
        });
        return target.isEmpty() ? ReassignmentStatus.of(List.of(), Set.of()) : status(original, target);
    }

    /** For moving partitions: bytes held so far by the replicas being added, and what they will hold. */
    private Map<TopicPartition, long[]> copiedBytes(Map<TopicPartition, PartitionReassignment> ongoing,
                                                    Map<TopicPartition, TopicPartitionInfo> infos, Set<TopicPartition> wanted,
                                                    Set<Integer> notAnswering) {
        Set<Integer> brokers = new TreeSet<>();
        for (TopicPartition tp : wanted) {
            PartitionReassignment r = ongoing.get(tp);
            TopicPartitionInfo info = infos.get(tp);
            if (r != null && info != null) {
                brokers.addAll(r.addingReplicas());
                if (info.leader() != null && !info.leader().isEmpty()) {
                    brokers.add(info.leader().id());
                }
            }
        }
        if (brokers.isEmpty()) {
            return Map.of();
        }
        ReplicaSizes.Sizes read = ReplicaSizes.read(kafka, brokers);
        notAnswering.addAll(read.notAnswering());
        Map<Integer, Map<TopicPartition, Long>> sizes = read.byBroker();
        Map<TopicPartition, long[]> out = new HashMap<>();
        for (TopicPartition tp : wanted) {
            PartitionReassignment r = ongoing.get(tp);
            TopicPartitionInfo info = infos.get(tp);
            if (r == null || info == null || info.leader() == null || info.leader().isEmpty()) {
                continue;
            }
            long leaderSize = sizes.getOrDefault(info.leader().id(), Map.of()).getOrDefault(tp, 0L);
            long copied = 0;
            for (int b : r.addingReplicas()) {
                copied += Math.min(leaderSize, sizes.getOrDefault(b, Map.of()).getOrDefault(tp, 0L));
            }
            out.put(tp, new long[] {copied, leaderSize * r.addingReplicas().size()});
        }
        return out;
    }

    private Map<TopicPartition, TopicPartitionInfo> describe(Collection<TopicPartition> partitions) {
        Set<String> topics = new TreeSet<>();
        partitions.forEach(tp -> topics.add(tp.topic()));
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> described = kafka.await(kafka.admin().describeTopics(topics).allTopicNames(),
                "describing topics");
        Map<TopicPartition, TopicPartitionInfo> out = new HashMap<>();
        for (TopicPartition tp : partitions) {
            TopicDescription d = described.get(tp.topic());
            Optional<TopicPartitionInfo> info = d.partitions().stream().filter(p -> p.partition() == tp.partition()).findFirst();
            if (info.isEmpty()) {
                throw KzkException.notFound("topic '" + tp.topic() + "' has no partition " + tp.partition() + " (it has "
                        + d.partitions().size() + ")");
            }
            out.put(tp, info.get());
        }
        return out;
    }

    static List<TopicPartition> sorted(Collection<TopicPartition> partitions) {
        return partitions.stream().sorted(BY_TOPIC_AND_PARTITION).toList();
    }

    /**
     * Replica sizes from DescribeLogDirs, asked of every broker at once. A broker that is not
     * serving is not asked, and one that does not answer within a few seconds is left out and
     * named: sizes are then partial, never a failure of the whole status.
     */
    static final class ReplicaSizes {
        private static final java.time.Duration ASK = java.time.Duration.ofSeconds(5);

        record Sizes(Map<Integer, Map<TopicPartition, Long>> byBroker, Set<Integer> notAnswering) {
        }

        private ReplicaSizes() {
        }

        /** Per broker, the size of each partition's replica there (a future replica of a log-dir move left out). */
        static Sizes read(KafkaTarget kafka, Collection<Integer> brokers) {
            Set<Integer> live = new TreeSet<>();
            kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").forEach(n -> live.add(n.id()));
            Set<Integer> notAnswering = new TreeSet<>(brokers);
            notAnswering.removeAll(live);
            Set<Integer> asked = new TreeSet<>(brokers);
            asked.retainAll(live);
            Map<Integer, Map<TopicPartition, Long>> out = new HashMap<>();
            if (asked.isEmpty()) {
                return new Sizes(out, notAnswering);
            }
            DescribeLogDirsResult result = kafka.admin().describeLogDirs(asked);
            java.time.Duration wait = kafka.timeout().compareTo(ASK) < 0 ? kafka.timeout() : ASK;
            result.descriptions().forEach((broker, future) -> {
                try {
                    Map<String, LogDirDescription> dirs = future.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    Map<TopicPartition, Long> sizes = new HashMap<>();
                    dirs.values().forEach(dir -> dir.replicaInfos().forEach((tp, info) -> {
                        if (!info.isFuture()) {
                            sizes.merge(tp, info.size(), Math::max);
                        }
                    }));
                    out.put(broker, sizes);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw KzkException.failed("interrupted while reading log dirs", e);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    notAnswering.add(broker);
                }
            });
            return new Sizes(out, notAnswering);
        }
    }

    /** Bytes of each partition's largest replica over the whole cluster, for planning by bytes moved. */
    public Map<TopicPartition, Long> partitionSizes(Collection<Integer> brokers) {
        Map<TopicPartition, Long> out = new HashMap<>();
        ReplicaSizes.read(kafka, brokers).byBroker().values().forEach(m -> m.forEach((tp, size) -> out.merge(tp, size, Math::max)));
        return out;
    }
}
