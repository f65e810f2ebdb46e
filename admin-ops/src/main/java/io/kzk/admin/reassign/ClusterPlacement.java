package io.kzk.admin.reassign;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.PartitionState;
import io.kzk.admin.topic.TopicMetadata;
import io.kzk.common.KzkException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What a planner needs from a live cluster: the current assignment of the selected topics, the
 * brokers with their racks, and each partition's size (its largest replica, from DescribeLogDirs).
 * Four requests whatever the cluster's size.
 */
public final class ClusterPlacement {
    private final KafkaTarget kafka;

    public ClusterPlacement(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /**
     * The replicas of every partition of the selected topics.
     *
     * @param named topics that must exist (named on the command line); the others come from {@code filter}
     */
    public Assignment current(Predicate<String> filter, boolean includeInternal, Collection<String> named) {
        Map<String, Boolean> listings = kafka.await(kafka.admin().listTopics(new ListTopicsOptions().listInternal(true)).listings(),
                "listing topics").stream().collect(Collectors.toMap(TopicListing::name, TopicListing::isInternal));
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(listings.keySet());
        if (!missing.isEmpty()) {
            throw KzkException.notFound("no topic " + String.join(", ", missing.stream().map(t -> "'" + t + "'").toList())
                    + " in the cluster at " + kafka.bootstrapServers() + ": see 'kzk topic list'");
        }
        Set<String> chosen = new TreeSet<>();
        listings.forEach((topic, internal) -> {
            if (filter.test(topic) && (includeInternal || !internal)) {
                chosen.add(topic);
            }
        });
        Map<PartitionId, List<Integer>> replicas = new TreeMap<>();
        for (PartitionState p : new TopicMetadata(kafka).partitions(chosen)) {
            replicas.put(new PartitionId(p.topic(), p.partition()), p.replicas());
        }
        return Assignment.of(replicas);
    }

    /** The brokers serving now, with their racks. */
    public List<Broker> brokers() {
        return kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").stream()
                .sorted(java.util.Comparator.comparingInt(Node::id))
                .map(n -> n.rack() == null ? Broker.of(n.id()) : Broker.of(n.id(), n.rack()))
                .toList();
    }

    /** Each partition's largest replica, in bytes, for planning by bytes moved. */
    public PartitionSizes sizes(Collection<Broker> brokers) {
        Map<TopicPartition, Long> bytes = new ReassignmentProgress(kafka).partitionSizes(brokers.stream().map(Broker::id).toList());
        Map<PartitionId, Long> out = new TreeMap<>();
        bytes.forEach((tp, size) -> out.put(PartitionId.of(tp), size));
        return new PartitionSizes(out);
    }
}
