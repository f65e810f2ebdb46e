package io.kzk.admin.reassign;

import java.util.List;

/**
 * A plan's cost and effect. {@code replicaMoves} counts replicas added (each is a copy Kafka
 * makes); dropped replicas cost nothing to copy and are counted apart. The violations are the
 * {@link PlacementEvaluator}'s report on the current and on the proposed assignment.
 */
public record PlanSummary(int partitionsChanged, int replicaMoves, int replicasDropped, long bytesMoved,
                          int leaderChanges, List<BrokerChange> brokers, List<Violation> violationsBefore,
                          List<Violation> violationsAfter) {
    public PlanSummary {
        brokers = List.copyOf(brokers);
        violationsBefore = List.copyOf(violationsBefore);
        violationsAfter = List.copyOf(violationsAfter);
    }
}
