package io.kzk.admin.health;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.PartitionState;
import io.kzk.admin.topic.PartitionStates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.Node;

/** Gathers what a health check needs in three cluster-wide requests and judges it. */
public final class HealthService {
    private final KafkaTarget kafka;

    public HealthService(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** @param registeredInZookeeper broker ids from ZooKeeper's {@code /brokers/ids}, when known */
    public HealthReport check(Optional<Set<Integer>> registeredInZookeeper) {
        var nodes = kafka.admin().describeCluster().nodes();
        PartitionStates states = new PartitionStates(kafka);
        List<PartitionState> partitions = states.all();
        Set<String> topics = partitions.stream().map(PartitionState::topic).collect(Collectors.toSet());
        Map<String, Integer> minIsr = states.minInsyncReplicas(topics);
        Set<Integer> serving = kafka.await(nodes, "describing the cluster").stream().map(Node::id)
                .collect(Collectors.toSet());
        return HealthEvaluator.evaluate(partitions, minIsr, serving, registeredInZookeeper);
    }
}
