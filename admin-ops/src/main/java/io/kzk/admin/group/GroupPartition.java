package io.kzk.admin.group;

/**
 * A partition a group has committed offsets for or is assigned.
 *
 * @param committed null when nothing is committed
 * @param lag       end minus committed; null without a committed offset
 * @param member    the member it is assigned to, or null
 */
public record GroupPartition(String topic, int partition, Long committed, Long end, Long lag, String member, String clientId,
                             String host) {
}
