package io.kzk.cli.cluster;

import io.kzk.admin.health.HealthReport;
import io.kzk.admin.health.HealthService;
import io.kzk.cli.session.KzkSession;
import io.kzk.zk.kafka.KafkaZnodes;
import java.util.Optional;
import java.util.Set;

/** A health check of the session's cluster, with ZooKeeper's broker registrations when ZooKeeper is known. */
public final class ClusterHealth {
    private ClusterHealth() {
    }

    public static HealthReport check(KzkSession session) {
        Optional<Set<Integer>> registered = session.hasZookeeper()
                ? Optional.of(KafkaZnodes.locate(session.zookeeper()).registeredBrokerIds())
                : Optional.empty();
        return new HealthService(session.kafka()).check(registered);
    }
}
