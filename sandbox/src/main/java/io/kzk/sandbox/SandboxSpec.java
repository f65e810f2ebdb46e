package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.List;

/**
 * The shape of a sandbox cluster.
 *
 * @param brokers    number of Kafka brokers, ids 1..brokers
 * @param zookeepers ZooKeeper ensemble size: 1 (standalone) or 3; ignored in KRaft mode
 * @param racks      rack names handed to brokers round-robin; empty for no racks
 * @param kraft      run a KRaft controller instead of ZooKeeper
 * @param directory  where configs, data and logs go; removed by {@link Sandbox#down()}
 * @param security   the client listeners of a secured sandbox, one each; empty for a PLAINTEXT-only sandbox.
 *                   A secured sandbox keeps a PLAINTEXT listener on 127.0.0.1 for inter-broker traffic and
 *                   its own readiness checks, and protects ZooKeeper too (SASL for brokers, a digest superuser)
 */
public record SandboxSpec(int brokers, int zookeepers, List<String> racks, boolean kraft, Path directory,
                          List<ListenerSecurity> security) {
    public SandboxSpec {
        racks = List.copyOf(racks);
        security = List.copyOf(security);
        if (security.stream().map(ListenerSecurity::listenerName).distinct().count() < security.size()) {
            throw KzkException.invalidInput("sandbox security modes must differ from each other, got " + security);
        }
        if (brokers < 1 || brokers > 9) {
            throw KzkException.invalidInput("sandbox brokers must be between 1 and 9, got " + brokers);
        }
        if (zookeepers != 1 && zookeepers != 3) {
            throw KzkException.invalidInput("sandbox ZooKeeper ensemble size must be 1 or 3, got " + zookeepers);
        }
    }

    public SandboxSpec(int brokers, int zookeepers, List<String> racks, boolean kraft, Path directory) {
        this(brokers, zookeepers, racks, kraft, directory, List.of());
    }

    public boolean secured() {
        return !security.isEmpty();
    }

    public static SandboxSpec zookeeperMode(int brokers, Path directory) {
        return new SandboxSpec(brokers, 1, List.of(), false, directory);
    }

    public static SandboxSpec kraftMode(int brokers, Path directory) {
        return new SandboxSpec(brokers, 1, List.of(), true, directory);
    }

    /** Replication factor for Kafka's internal topics: as safe as the broker count allows. */
    public int internalReplication() {
        return Math.min(3, brokers);
    }
}
