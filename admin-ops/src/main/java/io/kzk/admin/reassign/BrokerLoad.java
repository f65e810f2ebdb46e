package io.kzk.admin.reassign;

/**
 * The load a strategy has placed on each broker so far, as pickers see it while a plan is being
 * built: replicas of the planned partitions and their bytes.
 */
public interface BrokerLoad {
    int replicas(int broker);

    long bytes(int broker);
}
