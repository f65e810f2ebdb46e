package io.kzk.zk.kafka;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.curator.framework.CuratorFramework;

/**
 * Reads the znodes a ZooKeeper-mode Kafka cluster writes. Works while every broker is down:
 * ZooKeeper is then the only witness of the cluster's state.
 */
public final class KafkaZnodes {
    private final CuratorFramework zk;
    private final String root;

    private KafkaZnodes(CuratorFramework zk, String root) {
        this.zk = zk;
        this.root = root;
    }

    /**
     * Kafka's znodes under the client's chroot, or, when there are none there, one level down
     * (a connect string without the cluster's chroot, such as {@code /kafka}, is a common mistake).
     */
    public static KafkaZnodes locate(CuratorFramework zk) {
        String where = zk.getZookeeperClient().getCurrentConnectionString();
        try {
            if (zk.checkExists().forPath("/brokers/ids") != null) {
                return new KafkaZnodes(zk, "");
            }
            for (String child : zk.getChildren().forPath("/")) {
                String candidate = "/" + child;
                if (!child.equals("zookeeper") && zk.checkExists().forPath(candidate + "/brokers/ids") != null) {
                    return new KafkaZnodes(zk, candidate);
                }
            }
        } catch (Exception e) {
            throw ZkFailures.translate(e, "looking for Kafka's znodes", where);
        }
        throw KzkException.notFound("no Kafka cluster in ZooKeeper at " + where
                + ": no /brokers/ids at the root or one level down; give the cluster's chroot, e.g. host:2181/kafka");
    }

    /** The chroot of the Kafka cluster relative to the client's own chroot; "" when at its root. */
    public String root() {
        return root;
    }

    /** Ids of the brokers registered now (their ephemeral {@code /brokers/ids/N} znodes). */
    public Set<Integer> registeredBrokerIds() {
        try {
            List<String> ids = zk.getChildren().forPath(root + "/brokers/ids");
            Set<Integer> out = new TreeSet<>();
            for (String id : ids) {
                parseId(id).ifPresent(out::add);
            }
            return out;
        } catch (Exception e) {
            throw ZkFailures.translate(e, "listing registered brokers", zk.getZookeeperClient().getCurrentConnectionString());
        }
    }

    private static Optional<Integer> parseId(String id) {
        try {
            return Optional.of(Integer.parseInt(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
