package io.kzk.admin.cluster;

import java.util.List;

/**
 * A KRaft cluster's metadata quorum, from DescribeMetadataQuorum: the controller that leads it
 * (the active controller), the voters and the observers (brokers).
 *
 * @param leaderId null when the quorum has no leader
 */
public record MetadataQuorum(Integer leaderId, long leaderEpoch, List<Integer> voters, List<Integer> observers) {
    public MetadataQuorum {
        voters = List.copyOf(voters);
        observers = List.copyOf(observers);
    }
}
