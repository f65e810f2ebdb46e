package io.kzk.admin.health;

import java.util.List;

/**
 * A cluster's health. {@code problems} make it unhealthy; {@code warnings} (leaders that are not
 * the preferred replica, which Kafka's auto-rebalance usually mends) do not; a strict check
 * reports them as problems instead.
 *
 * @param brokerRegistration null when ZooKeeper was not consulted
 */
public record HealthReport(boolean healthy, List<String> problems, List<String> warnings,
                           int brokers, int topics, int partitions,
                           List<PartitionIssue> offlinePartitions,
                           List<PartitionIssue> underReplicatedPartitions,
                           List<PartitionIssue> underMinIsrPartitions,
                           List<PartitionIssue> nonPreferredLeaders,
                           BrokerRegistration brokerRegistration,
                           List<UnreachableBroker> unreachableBrokers) {
    public HealthReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        offlinePartitions = List.copyOf(offlinePartitions);
        underReplicatedPartitions = List.copyOf(underReplicatedPartitions);
        underMinIsrPartitions = List.copyOf(underMinIsrPartitions);
        nonPreferredLeaders = List.copyOf(nonPreferredLeaders);
        unreachableBrokers = List.copyOf(unreachableBrokers);
    }
}
