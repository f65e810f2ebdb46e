package io.kzk.admin.reassign;

/**
 * What a plan does to one broker: replicas and bytes it receives and gives up, and its replica and
 * leader counts before and after (over the planned partitions only).
 */
public record BrokerChange(int broker, int replicasIn, int replicasOut, long bytesIn, long bytesOut,
                           int replicasBefore, int replicasAfter, int leadersBefore, int leadersAfter) {
}
