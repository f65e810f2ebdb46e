package io.kzk.admin.election;

import io.kzk.admin.KafkaFailures;
import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.PartitionState;
import io.kzk.admin.topic.TopicMetadata;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ElectionNotNeededException;
import org.apache.kafka.common.errors.EligibleLeadersNotAvailableException;
import org.apache.kafka.common.errors.PreferredLeaderNotAvailableException;

/**
 * Preferred and unclean leader elections through the Admin API (ZooKeeper-mode and KRaft
 * clusters alike): one batched request for every partition, and one result per partition. A
 * partition that needs no election is an outcome, not a failure.
 */
public final class LeaderElections {
    /** Which partitions an election is for. */
    public sealed interface Selection {
        /** Every partition of every topic. */
        record All() implements Selection {
        }

        /** These topics, each whole or only the listed partitions. */
        record Topics(Map<String, List<Integer>> partitionsByTopic) implements Selection {
        }

        /**
         * These partitions (Kafka's election JSON).
         *
         * @param origins where each partition was listed ({@code file.json:3}), for messages; may be empty
         */
        record Partitions(Set<TopicPartition> partitions, Map<TopicPartition, String> origins) implements Selection {
            public Partitions {
                origins = Map.copyOf(origins);
            }
        }
    }

    private final KafkaTarget kafka;

    public LeaderElections(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /**
     * Makes the preferred replica (the first) leader where it is not: partitions it leads already
     * are reported as {@link ElectionResult.Outcome#NOT_NEEDED} without being asked about.
     */
    public List<ElectionResult> preferred(Selection selection, boolean dryRun) {
        List<PartitionState> states = states(selection);
        Set<TopicPartition> needing = new HashSet<>();
        for (PartitionState p : states) {
            if (!p.leaderIsPreferred()) {
                needing.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        return dryRun ? wouldElect(states, needing) : elect(ElectionType.PREFERRED, states, needing);
    }

    /**
     * Elects a leader from outside the ISR where a partition has none: data the old leader had
     * and the new one lacks is lost. Partitions that have a leader are left alone.
     */
    public List<ElectionResult> unclean(Selection selection, boolean dryRun) {
        List<PartitionState> states = states(selection);
        Set<TopicPartition> leaderless = new HashSet<>();
        for (PartitionState p : states) {
            if (p.leader() == null) {
                leaderless.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        return dryRun ? wouldElect(states, leaderless) : elect(ElectionType.UNCLEAN, states, leaderless);
    }

    private static List<ElectionResult> wouldElect(List<PartitionState> states, Set<TopicPartition> asked) {
        List<ElectionResult> out = new ArrayList<>();
        for (PartitionState p : states) {
            boolean would = asked.contains(new TopicPartition(p.topic(), p.partition()));
            out.add(new ElectionResult(p.topic(), p.partition(), would ? ElectionResult.Outcome.WOULD_ELECT
                    : ElectionResult.Outcome.NOT_NEEDED, p.leader(), p.leader(), p.replicas().isEmpty() ? null : p.replicas().get(0),
                    null));
        }
        return out;
    }

    private List<ElectionResult> elect(ElectionType type, List<PartitionState> states, Set<TopicPartition> asked) {
        Map<TopicPartition, Optional<Throwable>> answers = asked.isEmpty() ? Map.of() : await(type, asked);
        Map<TopicPartition, Integer> after = new HashMap<>();
        // A preferred election that succeeded made the preferred replica leader; asking the brokers
        // again would race their metadata. An unclean one's new leader is known only to them.
        if (type == ElectionType.UNCLEAN && answers.values().stream().anyMatch(Optional::isEmpty)) {
            Set<String> topics = new TreeSet<>();
            answers.keySet().forEach(tp -> topics.add(tp.topic()));
            for (PartitionState p : new TopicMetadata(kafka).partitions(topics)) {
                after.put(new TopicPartition(p.topic(), p.partition()), p.leader());
            }
        }
        List<ElectionResult> out = new ArrayList<>();
        for (PartitionState p : states) {
            TopicPartition tp = new TopicPartition(p.topic(), p.partition());
            Integer preferred = p.replicas().isEmpty() ? null : p.replicas().get(0);
            if (!asked.contains(tp)) {
                out.add(new ElectionResult(p.topic(), p.partition(), ElectionResult.Outcome.NOT_NEEDED, p.leader(), p.leader(),
                        preferred, null));
                continue;
            }
            Optional<Throwable> error = answers.get(tp);
            if (error == null || error.isEmpty()) {
                out.add(new ElectionResult(p.topic(), p.partition(), ElectionResult.Outcome.ELECTED, p.leader(),
                        type == ElectionType.PREFERRED ? preferred : after.getOrDefault(tp, p.leader()), preferred, null));
            } else if (error.get() instanceof ElectionNotNeededException) {
                out.add(new ElectionResult(p.topic(), p.partition(), ElectionResult.Outcome.NOT_NEEDED, p.leader(), p.leader(),
                        preferred, null));
            } else if (error.get() instanceof PreferredLeaderNotAvailableException
                    || error.get() instanceof EligibleLeadersNotAvailableException) {
                out.add(new ElectionResult(p.topic(), p.partition(), ElectionResult.Outcome.NOT_POSSIBLE, p.leader(), p.leader(),
                        preferred, reason(type, p, error.get())));
            } else {
                out.add(new ElectionResult(p.topic(), p.partition(), ElectionResult.Outcome.FAILED, p.leader(), p.leader(),
                        preferred, KafkaFailures.translate(error.get(), "electing", kafka.bootstrapServers(), kafka.timeout())
                        .getMessage()));
            }
        }
        return out;
    }

    private static String reason(ElectionType type, PartitionState p, Throwable error) {
        if (type == ElectionType.PREFERRED && !p.replicas().isEmpty()) {
            int preferred = p.replicas().get(0);
            return p.isr().contains(preferred) ? "preferred replica " + preferred + " cannot lead: " + error.getMessage()
                    : "preferred replica " + preferred + " is offline or out of the ISR " + p.isr();
        }
        return "no replica of " + p.replicas() + " is alive to lead";
    }

    private Map<TopicPartition, Optional<Throwable>> await(ElectionType type, Set<TopicPartition> partitions) {
        var result = kafka.admin().electLeaders(type, partitions);
        try {
            return result.partitions().get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw KafkaFailures.translate(e.getCause(), "electing leaders", kafka.bootstrapServers(), kafka.timeout());
        } catch (TimeoutException e) {
            throw KafkaFailures.translate(e, "electing leaders", kafka.bootstrapServers(), kafka.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while electing leaders", e);
        }
    }

    private List<PartitionState> states(Selection selection) {
        TopicMetadata states = new TopicMetadata(kafka);
        if (selection instanceof Selection.Topics topics) {
            Set<String> existing = states.names(true);
            Set<String> missing = new TreeSet<>(topics.partitionsByTopic().keySet());
            missing.removeAll(existing);
            if (!missing.isEmpty()) {
                throw KzkException.notFound("no topic " + String.join(", ", missing.stream().map(t -> "'" + t + "'").toList())
                        + " in the cluster at " + kafka.bootstrapServers() + "; nothing was elected");
            }
            return select(states.partitions(topics.partitionsByTopic().keySet()), topics.partitionsByTopic());
        }
        if (selection instanceof Selection.Partitions partitions) {
            Map<String, List<Integer>> byTopic = new HashMap<>();
            partitions.partitions().forEach(tp -> byTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition()));
            if (partitions.origins().isEmpty()) {
                return states(new Selection.Topics(byTopic));
            }
            // from a file: each unknown partition is named with its line, from the same two requests
            return select(describeListed(partitions, states), byTopic);
        }
        return states.allPartitions();
    }

    /** The listed partitions' topics, described; a listed partition the cluster does not have is named with its line. */
    private List<PartitionState> describeListed(Selection.Partitions partitions, TopicMetadata states) {
        Set<String> existing = states.names(true);
        List<TopicPartition> listed = partitions.partitions().stream().sorted(java.util.Comparator.comparing(
                (TopicPartition tp) -> partitions.origins().getOrDefault(tp, "")).thenComparing(TopicPartition::toString)).toList();
        for (TopicPartition tp : listed) {
            if (!existing.contains(tp.topic())) {
                throw KzkException.notFound(partitions.origins().getOrDefault(tp, tp.toString()) + ": no topic '" + tp.topic()
                        + "' in the cluster at " + kafka.bootstrapServers() + "; nothing was elected");
            }
        }
        List<PartitionState> described = states.partitions(listed.stream().map(TopicPartition::topic)
                .collect(java.util.stream.Collectors.toSet()));
        Map<String, Long> counts = new HashMap<>();
        described.forEach(s -> counts.merge(s.topic(), 1L, Long::sum));
        for (TopicPartition tp : listed) {
            long count = counts.getOrDefault(tp.topic(), 0L);
            if (tp.partition() >= count) {
                throw KzkException.invalidInput(partitions.origins().getOrDefault(tp, tp.toString()) + ": topic '" + tp.topic()
                        + "' has no partition " + tp.partition() + " (it has " + count + "); nothing was elected");
            }
        }
        return described;
    }

    /** The listed partitions of each topic (all of them when none are listed); an unknown partition fails the whole election. */
    private static List<PartitionState> select(List<PartitionState> states, Map<String, List<Integer>> wanted) {
        List<PartitionState> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : wanted.entrySet()) {
            List<PartitionState> ofTopic = states.stream().filter(s -> s.topic().equals(e.getKey())).toList();
            if (e.getValue().isEmpty()) {
                out.addAll(ofTopic);
                continue;
            }
            for (int partition : e.getValue()) {
                out.add(ofTopic.stream().filter(s -> s.partition() == partition).findFirst().orElseThrow(() ->
                        KzkException.invalidInput("topic '" + e.getKey() + "' has no partition " + partition + " (it has "
                                + ofTopic.size() + "); nothing was elected")));
            }
        }
        out.sort(java.util.Comparator.comparing(PartitionState::topic).thenComparingInt(PartitionState::partition));
        return out;
    }
}
