package io.kzk.admin.topic;

import java.util.List;

/** A partition's replica state; {@code leader} is null when the partition has none (offline). */
public record PartitionState(String topic, int partition, Integer leader, List<Integer> replicas, List<Integer> isr) {
    public PartitionState {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    public boolean offline() {
        return leader == null;
    }

    public boolean underReplicated() {
        return isr.size() < replicas.size();
    }

    /** The preferred leader is the first replica; Kafka moves leadership back to it when it can. */
    public boolean leaderIsPreferred() {
        return leader != null && !replicas.isEmpty() && replicas.get(0).equals(leader);
    }

    public String name() {
        return topic + "-" + partition;
    }
}
