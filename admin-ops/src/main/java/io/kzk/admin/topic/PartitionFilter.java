package io.kzk.admin.topic;

/** The partitions a cluster-wide describe can be narrowed to, as Kafka's {@code kafka-topics --describe} has them and more. */
public enum PartitionFilter {
    /** ISR smaller than the replica set. */
    UNDER_REPLICATED,
    /** No leader. */
    UNAVAILABLE,
    /** ISR smaller than min.insync.replicas: producers with acks=all fail. */
    UNDER_MIN_ISR,
    /** ISR exactly min.insync.replicas: one more failure and producers with acks=all fail. */
    AT_MIN_ISR,
    /** Led by a replica other than the first (preferred) one. */
    NON_PREFERRED_LEADER;

    public boolean matches(PartitionState p, int minIsr) {
        return switch (this) {
            case UNDER_REPLICATED -> p.underReplicated();
            case UNAVAILABLE -> p.offline();
            case UNDER_MIN_ISR -> p.isr().size() < minIsr;
            case AT_MIN_ISR -> p.isr().size() == minIsr;
            case NON_PREFERRED_LEADER -> !p.offline() && !p.leaderIsPreferred();
        };
    }
}
