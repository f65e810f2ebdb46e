package io.kzk.cli.cluster;

import io.kzk.admin.health.HealthReport;
import io.kzk.admin.health.HealthService;
import io.kzk.cli.session.KzkSession;
import io.kzk.common.UnreachableException;
import io.kzk.zk.kafka.KafkaZnodes;
import java.util.Optional;
import java.util.Set;

/** A health check of the session's cluster, with ZooKeeper's broker registrations when ZooKeeper is known. */
public final class ClusterHealth {
    private ClusterHealth() {
    }

    public static HealthReport check(KzkSession session) {
        return check(session, false);
    }

    /**
     * An unreachable ZooKeeper is one of the problems found, not the end of the check: the
     * brokers may well answer, and their partitions' state is what an operator needs then.
     *
     * @param strict warnings count as problems
     */
    public static HealthReport check(KzkSession session, boolean strict) {
        Optional<Set<Integer>> registered = Optional.empty();
        String zookeeperFailure = null;
        if (session.hasZookeeper()) {
            try {
                registered = Optional.of(KafkaZnodes.locate(session.zookeeper()).registeredBrokerIds());
            } catch (UnreachableException e) {
                zookeeperFailure = e.getMessage(); // names the ZooKeeper address and why
            }
        }
        return new HealthService(session.kafka()).check(registered, zookeeperFailure, strict);
    }
}
