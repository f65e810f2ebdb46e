package io.kzk.admin.health;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.PartitionState;
import io.kzk.admin.topic.TopicMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.Node;

/**
 * Gathers what a health check needs in three cluster-wide requests, plus a TCP connect to each
 * listed broker, and judges it.
 */
public final class HealthService {
    /** How long a listed broker may take to accept a connection before it is reported. */
    static final Duration PROBE_BOUND = Duration.ofSeconds(2);

    private final KafkaTarget kafka;

    public HealthService(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** @param registeredInZookeeper broker ids from ZooKeeper's {@code /brokers/ids}, when known */
    public HealthReport check(Optional<Set<Integer>> registeredInZookeeper) {
        return check(registeredInZookeeper, null, false);
    }

    /**
     * @param zookeeperFailure why ZooKeeper could not be asked, reported as a problem; or null
     * @param strict           warnings count as problems
     */
    public HealthReport check(Optional<Set<Integer>> registeredInZookeeper, String zookeeperFailure, boolean strict) {
        var nodes = kafka.admin().describeCluster().nodes();
        TopicMetadata states = new TopicMetadata(kafka);
        List<PartitionState> partitions = states.allPartitions();
        Set<String> topics = partitions.stream().map(PartitionState::topic).collect(Collectors.toSet());
        Map<String, Integer> minIsr = states.minInsyncReplicas(topics);
        List<Node> listed = List.copyOf(kafka.await(nodes, "describing the cluster"));
        Duration bound = PROBE_BOUND.compareTo(kafka.timeout()) < 0 ? PROBE_BOUND : kafka.timeout();
        List<UnreachableBroker> unreachable = BrokerReachability.probe(listed, bound);
        // A broker that refuses connections is not serving, whatever the metadata still says.
        Set<Integer> down = unreachable.stream().filter(UnreachableBroker::certain).map(UnreachableBroker::id)
                .collect(Collectors.toSet());
        Set<Integer> serving = listed.stream().map(Node::id).filter(id -> !down.contains(id)).collect(Collectors.toSet());
        return HealthEvaluator.evaluate(partitions, minIsr, serving, registeredInZookeeper, zookeeperFailure,
                unreachable, strict);
    }
}
