package io.kzk.zk.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-checks what ZooKeeper holds against what the brokers serve, and finds what is stuck: pure
 * logic over both sides' facts, so every rule is tested without a cluster.
 */
public final class KafkaConsistency {
    private KafkaConsistency() {
    }

    /** What ZooKeeper holds, as read by {@link KafkaMetadata}. */
    public record ZookeeperSide(List<KafkaZnode.Broker> brokers, List<KafkaZnode.Topic> topics,
                                List<KafkaZnode.PartitionState> partitions, Optional<KafkaZnode.Controller> controller,
                                Optional<KafkaZnode.ReassignmentRequest> reassignmentRequest,
                                Optional<KafkaZnode.PreferredElectionRequest> preferredElectionRequest,
                                List<KafkaZnode.TopicDeletionRequest> pendingDeletes, List<KafkaZnode.Config> topicConfigs,
                                Optional<KafkaZnode.Feature> feature, Optional<KafkaZnode.MigrationState> migration,
                                Optional<Set<Long>> connectedSessions) {
        /** Everything {@code metadata} reads, and the sessions the ensemble's servers have connected (empty: not known). */
        public static ZookeeperSide read(KafkaMetadata metadata, Optional<Set<Long>> connectedSessions) {
            var topics = metadata.topicsAndPartitions();
            return new ZookeeperSide(metadata.brokers(), topics.topics(), topics.partitions(), metadata.controller(),
                    metadata.reassignmentRequest(), metadata.preferredElectionRequest(), metadata.pendingDeletes(),
                    metadata.configs("topics", null), metadata.feature(), metadata.migration(), connectedSessions);
        }
    }

    /** A partition as the brokers report it. */
    public record ServedPartition(Integer leader, List<Integer> isr) {
    }

    /**
     * What the brokers serve, through the Admin API.
     *
     * @param partitions     by "topic-partition"
     * @param topicOverrides dynamic topic configs by topic
     */
    public record BrokerSide(Set<Integer> liveBrokers, Map<String, ServedPartition> partitions,
                             Map<String, Map<String, String>> topicOverrides) {
    }

    /** One thing found: a problem, or a note (in progress, or informational). */
    public record Finding(String check, String subject, String message) {
    }

    /** The verdict: healthy when there are no problems. */
    public record Report(boolean healthy, boolean brokersChecked, List<Finding> problems, List<Finding> notes) {
    }

    /**
     * @param brokers    null when no broker could be asked: only ZooKeeper's own consistency is checked
     * @param staleAfter how long a request znode (reassignment, election, deletion) may stay before it counts as stuck
     */
    public static Report check(ZookeeperSide zk, BrokerSide brokers, Instant now, Duration staleAfter) {
        List<Finding> problems = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        Set<Integer> registered = new TreeSet<>();
        zk.brokers().forEach(b -> registered.add(b.broker()));

        if (registered.isEmpty() && !zk.topics().isEmpty()) {
            problems.add(new Finding("registration", "brokers", "no broker is registered: the cluster is down"));
        }
        for (KafkaZnode.PartitionState p : zk.partitions()) {
            Integer leader = p.leader();
            String tp = p.name();
            if (leader == null) {
                // The controller writes leader -1 when no replica in the ISR is alive.
                problems.add(new Finding("partition_state", tp, "no leader (ISR " + p.isr() + "): the partition is offline"));
            } else if (leader != null && !registered.contains(leader)) {
                problems.add(new Finding("partition_state", tp,
                        "its leader, broker " + leader + ", is not registered: the partition is offline"));
            }
        }

        // Controller
        Integer controller = zk.controller().map(KafkaZnode.Controller::controller).orElse(null);
        if (controller == null && !registered.isEmpty()) {
            problems.add(new Finding("controller", "/controller", "brokers are registered but none is controller"));
        } else if (controller != null && !registered.contains(controller) && !zk.controller().get().isKraftController()) {
            problems.add(new Finding("controller", "/controller", "the controller, broker " + controller + ", is not registered"));
        }

        // Registrations: sessions and liveness
        for (KafkaZnode.Broker b : zk.brokers()) {
            int id = b.broker();
            String session = b.session();
            zk.connectedSessions().ifPresent(connected -> {
                if (session != null && !connected.contains(Long.parseUnsignedLong(session.substring(2), 16))) {
                    problems.add(new Finding("registration", "broker " + id, "registered by session " + session
                            + ", which no server has connected: the registration will vanish when the session expires"));
                }
            });
            if (brokers != null && !brokers.liveBrokers().contains(id)) {
                problems.add(new Finding("registration", "broker " + id, "registered in ZooKeeper but not serving in the cluster's metadata"));
            }
        }
        if (zk.connectedSessions().isEmpty()) {
            notes.add(new Finding("registration", "ensemble", "sessions not checked: a server did not answer 'cons'"
                    + " (add cons to 4lw.commands.whitelist)"));
        }
        if (brokers != null) {
            for (Integer live : brokers.liveBrokers()) {
                if (!registered.contains(live)) {
                    problems.add(new Finding("registration", "broker " + live, "serving, but not registered in ZooKeeper"));
                }
            }
        }

        // Topics: ids and replica moves
        Set<String> zkTopics = new HashSet<>();
        for (KafkaZnode.Topic t : zk.topics()) {
            String topic = t.topic();
            zkTopics.add(topic);
            if (t.topicId() == null) {
                problems.add(new Finding("topic_id", topic, "no topic id in its znode (written by a pre-2.8 tool?); brokers 2.8+ expect one"));
            }
            if (t.moving()) {
                Instant since = instant(t.modifiedAt());
                String what = "replicas being moved (adding " + t.addingReplicas() + ", removing " + t.removingReplicas()
                        + ") since " + since;
                if (since != null && Duration.between(since, now).compareTo(staleAfter) > 0) {
                    problems.add(new Finding("reassignment", topic, what + ": stuck?"));
                } else {
                    notes.add(new Finding("reassignment", topic, what));
                }
            }
        }

        zk.reassignmentRequest().ifPresent(r -> stale(r.requestedAt(), r.partitions().size(), "reassignment",
                "/admin/reassign_partitions", now, staleAfter, problems, notes));
        zk.preferredElectionRequest().ifPresent(r -> stale(r.requestedAt(), r.partitions().size(), "preferred_election",
                "/admin/preferred_replica_election", now, staleAfter, problems, notes));
        for (KafkaZnode.TopicDeletionRequest d : zk.pendingDeletes()) {
            String topic = d.topic();
            Instant since = instant(d.requestedAt());
            boolean old = since != null && Duration.between(since, now).compareTo(staleAfter) > 0;
            String message = "marked for deletion since " + since + (zkTopics.contains(topic) ? "" : " (its topic znode is gone)");
            (old ? problems : notes).add(new Finding("deletion", topic, message + (old ? ": stuck" : "")));
        }

        // Partition state against the brokers' metadata
        if (brokers != null) {
            Set<String> deleting = new HashSet<>();
            zk.pendingDeletes().forEach(d -> deleting.add(d.topic()));
            Set<String> inZk = new HashSet<>();
            for (KafkaZnode.PartitionState p : zk.partitions()) {
                String topic = p.topic();
                String tp = p.name();
                inZk.add(tp);
                ServedPartition served = brokers.partitions().get(tp);
                if (served == null) {
                    if (!deleting.contains(topic)) {
                        problems.add(new Finding("partition_state", tp, "in ZooKeeper but not in the brokers' metadata"));
                    }
                    continue;
                }
                Integer leader = p.leader();
                List<Integer> isr = p.isr();
                if (!java.util.Objects.equals(leader, served.leader())
                        || !new TreeSet<>(isr).equals(new TreeSet<>(served.isr()))) {
                    problems.add(new Finding("partition_state", tp, "ZooKeeper says leader " + leader + " ISR " + isr
                            + ", the brokers say leader " + served.leader() + " ISR " + served.isr()));
                }
            }
            for (String tp : new TreeSet<>(brokers.partitions().keySet())) {
                if (!inZk.contains(tp)) {
                    problems.add(new Finding("partition_state", tp, "served by the brokers but has no state znode in ZooKeeper"));
                }
            }
            Map<String, Map<String, String>> zkOverrides = new HashMap<>();
            for (KafkaZnode.Config c : zk.topicConfigs()) {
                zkOverrides.put(c.entity(), new HashMap<>(c.config()));
            }
            for (String topic : new TreeSet<>(zkOverrides.keySet())) {
                Map<String, String> served = brokers.topicOverrides().get(topic);
                if (served != null && !served.equals(zkOverrides.get(topic))) {
                    problems.add(new Finding("config", topic, "ZooKeeper holds " + new java.util.TreeMap<>(zkOverrides.get(topic))
                            + ", the brokers serve " + new java.util.TreeMap<>(served)));
                }
            }
        }

        // ZooKeeper -> KRaft migration readiness
        String feature = zk.feature().map(KafkaZnode.Feature::status).orElse("absent");
        notes.add(new Finding("migration", "/feature", "feature versioning " + feature
                + (feature.equals("enabled") ? "" : " (brokers 3.x enable it; needed before a KRaft migration)")));
        zk.migration().ifPresentOrElse(
                m -> notes.add(new Finding("migration", "/migration", "a ZooKeeper→KRaft migration has started: KRaft controller "
                        + m.kraftControllerId() + ", epoch " + m.kraftControllerEpoch())),
                () -> notes.add(new Finding("migration", "/migration", "no migration started")));
        return new Report(problems.isEmpty(), brokers != null, problems, notes);
    }

    private static void stale(String requestedAt, int partitions, String check, String path, Instant now, Duration staleAfter,
                              List<Finding> problems, List<Finding> notes) {
        Instant since = instant(requestedAt);
        boolean old = since != null && Duration.between(since, now).compareTo(staleAfter) > 0;
        (old ? problems : notes).add(new Finding(check, path, "requested at " + since + " for " + partitions + " partitions"
                + (old ? " and never cleared: the controller is not acting on it" : "")));
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
