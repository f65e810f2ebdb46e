package io.kzk.zk.kafka;

import io.kzk.zk.kafka.KafkaZnodeDecoder.KafkaZnode;
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
    public record ZookeeperSide(List<KafkaZnode> brokers, List<KafkaZnode> topics, List<KafkaZnode> partitions,
                                List<KafkaZnode> controller, Optional<KafkaZnode> reassignmentRequest,
                                Optional<KafkaZnode> preferredElectionRequest, List<KafkaZnode> pendingDeletes,
                                List<KafkaZnode> topicConfigs, Optional<KafkaZnode> feature, Optional<KafkaZnode> migration,
                                Optional<Set<Long>> connectedSessions) {
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
        zk.brokers().forEach(b -> registered.add((Integer) b.fields().get("broker")));

        if (registered.isEmpty() && !zk.topics().isEmpty()) {
            problems.add(new Finding("registration", "brokers", "no broker is registered: the cluster is down"));
        }
        for (KafkaZnode p : zk.partitions()) {
            Integer leader = (Integer) p.fields().get("leader");
            String tp = p.fields().get("topic") + "-" + p.fields().get("partition");
            if (leader == null) {
                // The controller writes leader -1 when no replica in the ISR is alive.
                problems.add(new Finding("partition_state", tp, "no leader (ISR " + p.fields().get("isr")
                        + "): the partition is offline"));
            } else if (leader != null && !registered.contains(leader)) {
                problems.add(new Finding("partition_state", tp,
                        "its leader, broker " + leader + ", is not registered: the partition is offline"));
            }
        }

        // Controller
        Integer controller = zk.controller().stream().filter(z -> z.kind().equals("controller"))
                .map(z -> (Integer) z.fields().get("controller")).findFirst().orElse(null);
        if (controller == null && !registered.isEmpty()) {
            problems.add(new Finding("controller", "/controller", "brokers are registered but none is controller"));
        } else if (controller != null && !registered.contains(controller)
                && !Boolean.TRUE.equals(zk.controller().get(0).fields().get("is_kraft_controller"))) {
            problems.add(new Finding("controller", "/controller", "the controller, broker " + controller + ", is not registered"));
        }

        // Registrations: sessions and liveness
        for (KafkaZnode b : zk.brokers()) {
            Object id = b.fields().get("broker");
            String session = (String) b.fields().get("session");
            zk.connectedSessions().ifPresent(connected -> {
                if (session != null && !connected.contains(Long.parseUnsignedLong(session.substring(2), 16))) {
                    problems.add(new Finding("registration", "broker " + id, "registered by session " + session
                            + ", which no server has connected: the registration will vanish when the session expires"));
                }
            });
            if (brokers != null && !brokers.liveBrokers().contains((Integer) id)) {
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
        for (KafkaZnode t : zk.topics()) {
            String topic = (String) t.fields().get("topic");
            zkTopics.add(topic);
            if (t.fields().get("topic_id") == null) {
                problems.add(new Finding("topic_id", topic, "no topic id in its znode (written by a pre-2.8 tool?); brokers 2.8+ expect one"));
            }
            Map<?, ?> adding = (Map<?, ?>) t.fields().get("adding_replicas");
            Map<?, ?> removing = (Map<?, ?>) t.fields().get("removing_replicas");
            if (!adding.isEmpty() || !removing.isEmpty()) {
                Instant since = instant(t.fields().get("modified_at"));
                String what = "replicas being moved (adding " + adding + ", removing " + removing + ") since " + since;
                if (since != null && Duration.between(since, now).compareTo(staleAfter) > 0) {
                    problems.add(new Finding("reassignment", topic, what + ": stuck?"));
                } else {
                    notes.add(new Finding("reassignment", topic, what));
                }
            }
        }

        stale(zk.reassignmentRequest(), "reassignment", "/admin/reassign_partitions", now, staleAfter, problems, notes);
        stale(zk.preferredElectionRequest(), "preferred_election", "/admin/preferred_replica_election", now, staleAfter, problems, notes);
        for (KafkaZnode d : zk.pendingDeletes()) {
            String topic = (String) d.fields().get("topic");
            Instant since = instant(d.fields().get("requested_at"));
            boolean old = since != null && Duration.between(since, now).compareTo(staleAfter) > 0;
            String message = "marked for deletion since " + since + (zkTopics.contains(topic) ? "" : " (its topic znode is gone)");
            (old ? problems : notes).add(new Finding("deletion", topic, message + (old ? ": stuck" : "")));
        }

        // Partition state against the brokers' metadata
        if (brokers != null) {
            Set<String> deleting = new HashSet<>();
            zk.pendingDeletes().forEach(d -> deleting.add((String) d.fields().get("topic")));
            Set<String> inZk = new HashSet<>();
            for (KafkaZnode p : zk.partitions()) {
                String topic = (String) p.fields().get("topic");
                String tp = topic + "-" + p.fields().get("partition");
                inZk.add(tp);
                ServedPartition served = brokers.partitions().get(tp);
                if (served == null) {
                    if (!deleting.contains(topic)) {
                        problems.add(new Finding("partition_state", tp, "in ZooKeeper but not in the brokers' metadata"));
                    }
                    continue;
                }
                Integer leader = (Integer) p.fields().get("leader");
                List<?> isr = (List<?>) p.fields().get("isr");
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
            for (KafkaZnode c : zk.topicConfigs()) {
                Map<String, String> config = new HashMap<>();
                ((Map<?, ?>) c.fields().get("config")).forEach((k, v) -> config.put(String.valueOf(k), String.valueOf(v)));
                zkOverrides.put((String) c.fields().get("entity"), config);
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
        String feature = zk.feature().map(f -> String.valueOf(f.fields().get("status"))).orElse("absent");
        notes.add(new Finding("migration", "/feature", "feature versioning " + feature
                + (feature.equals("enabled") ? "" : " (brokers 3.x enable it; needed before a KRaft migration)")));
        zk.migration().ifPresentOrElse(
                m -> notes.add(new Finding("migration", "/migration", "a ZooKeeper→KRaft migration has started: KRaft controller "
                        + m.fields().get("kraft_controller_id") + ", epoch " + m.fields().get("kraft_controller_epoch"))),
                () -> notes.add(new Finding("migration", "/migration", "no migration started")));
        return new Report(problems.isEmpty(), brokers != null, problems, notes);
    }

    private static void stale(Optional<KafkaZnode> request, String check, String path, Instant now, Duration staleAfter,
                              List<Finding> problems, List<Finding> notes) {
        request.ifPresent(r -> {
            Instant since = instant(r.fields().get("requested_at"));
            boolean old = since != null && Duration.between(since, now).compareTo(staleAfter) > 0;
            (old ? problems : notes).add(new Finding(check, path, "requested at " + since + " for " + ((List<?>) r.fields()
                    .get("partitions")).size() + " partitions" + (old ? " and never cleared: the controller is not acting on it" : "")));
        });
    }

    private static Instant instant(Object iso) {
        return iso == null ? null : Instant.parse(String.valueOf(iso));
    }
}
