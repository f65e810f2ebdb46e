package io.kzk.admin.health;

import io.kzk.admin.topic.PartitionState;
import java.util.List;

/** A partition named in a health report, with what is needed to judge it at a glance. */
public record PartitionIssue(String topic, int partition, Integer leader, List<Integer> replicas,
                             List<Integer> isr, int minIsr) {
    public PartitionIssue {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    static PartitionIssue of(PartitionState state, int minIsr) {
        return new PartitionIssue(state.topic(), state.partition(), state.leader(), state.replicas(), state.isr(), minIsr);
    }
}
