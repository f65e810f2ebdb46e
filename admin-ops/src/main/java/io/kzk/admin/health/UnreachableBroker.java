package io.kzk.admin.health;

/**
 * A broker the cluster's metadata lists whose address did not take a TCP connection. Right after
 * a broker dies the survivors keep it in their metadata for seconds (until its ZooKeeper session
 * or KRaft heartbeat expires), so a check that trusted the metadata alone would say healthy.
 *
 * @param certain true when the connection was refused or the host does not resolve; false when
 *                it merely did not answer within the probe's bound
 */
public record UnreachableBroker(int id, String address, String reason, boolean certain) {
}
