package io.kzk.admin.reassign;

/**
 * How many replicas of one partition each rack must and may hold. With at least as many racks as
 * replicas that is at most one per rack; with fewer racks the replicas are spread over all of
 * them, each rack holding {@code floor(rf/racks)} or {@code ceil(rf/racks)}, as Kafka's rack-aware
 * assignment does. With no racks configured there is one rack and the rule asks nothing.
 */
public record RackSpread(int replicationFactor, int racks, int atLeast, int atMost) {
    public static RackSpread of(int replicationFactor, int racks) {
        int r = Math.max(1, racks);
        return new RackSpread(replicationFactor, r, replicationFactor / r, (replicationFactor + r - 1) / r);
    }

    public boolean allows(int replicasInRack) {
        return replicasInRack >= atLeast && replicasInRack <= atMost;
    }
}
