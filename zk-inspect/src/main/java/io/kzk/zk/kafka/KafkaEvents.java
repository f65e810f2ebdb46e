package io.kzk.zk.kafka;

import io.kzk.zk.watch.ZnodeWatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw znode events under Kafka's root into what an operator cares about: controller
 * elections, brokers joining and leaving, leader and ISR changes, topics created and deleted,
 * reassignments, elections and deletions requested and completed, config changes. Remembers
 * each partition's last state so that a change says from what to what.
 */
public final class KafkaEvents {
    private static final Pattern BROKER = Pattern.compile("/brokers/ids/(\\d+)");
    private static final Pattern TOPIC = Pattern.compile("/brokers/topics/([^/]+)");
    private static final Pattern STATE = Pattern.compile("/brokers/topics/([^/]+)/partitions/(\\d+)/state");
    private static final Pattern DELETE = Pattern.compile("/admin/delete_topics/([^/]+)");
    private static final Pattern CONFIG_CHANGE = Pattern.compile("/config/changes/config_change_\\d+");

    private final String root;
    private final Map<String, KafkaZnode.PartitionState> lastState = new HashMap<>();

    /** @param root Kafka's root under the client's chroot, "" at its root */
    public KafkaEvents(String root) {
        this.root = root;
    }

    /** Remembers partitions' current states, so that the first change of each says from what. */
    public void prime(List<KafkaZnode.PartitionState> partitionStates) {
        for (KafkaZnode.PartitionState p : partitionStates) {
            lastState.put(p.name(), p);
        }
    }

    /**
     * One cluster event.
     *
     * @param subject what it is about ("broker 2", "orders-3"); null for connection events
     */
    public record ClusterEvent(String time, String event, String subject, String detail) {
    }

    public List<ClusterEvent> interpret(ZnodeWatch.Event e) {
        String time = e.time().toString();
        if (e.path() == null) {
            return List.of(new ClusterEvent(time, e.kind().name().toLowerCase(Locale.ROOT), null, e.note()));
        }
        if (!e.path().startsWith(root + "/")) {
            return List.of();
        }
        String path = e.path().substring(root.length());
        Optional<KafkaZnode> decoded = decode(e);
        boolean gone = e.kind() == ZnodeWatch.Kind.DELETED;
        boolean written = e.kind() == ZnodeWatch.Kind.CREATED || e.kind() == ZnodeWatch.Kind.DATA_CHANGED;
        List<ClusterEvent> out = new ArrayList<>();
        Matcher m;
        if (path.equals("/controller")) {
            if (gone) {
                out.add(new ClusterEvent(time, "controller_gone", "controller", "an election follows"));
            } else if (written) {
                decoded.filter(KafkaZnode.Controller.class::isInstance).map(KafkaZnode.Controller.class::cast).ifPresent(z ->
                        out.add(new ClusterEvent(time, "controller_elected", "broker " + z.controller(), null)));
            }
        } else if (path.equals("/controller_epoch") && written) {
            decoded.filter(KafkaZnode.ControllerEpoch.class::isInstance).map(KafkaZnode.ControllerEpoch.class::cast).ifPresent(z ->
                    out.add(new ClusterEvent(time, "controller_epoch", "epoch " + z.controllerEpoch(), null)));
        } else if ((m = BROKER.matcher(path)).matches()) {
            if (gone) {
                out.add(new ClusterEvent(time, "broker_left", "broker " + m.group(1), null));
            } else if (e.kind() == ZnodeWatch.Kind.CREATED) {
                out.add(new ClusterEvent(time, "broker_joined", "broker " + m.group(1),
                        decoded.filter(KafkaZnode.Broker.class::isInstance).map(z -> String.valueOf(((KafkaZnode.Broker) z).endpoints()))
                                .orElse(null)));
            }
        } else if ((m = STATE.matcher(path)).matches()) {
            String tp = m.group(1) + "-" + m.group(2);
            if (gone) {
                lastState.remove(tp);
            } else if (written && decoded.orElse(null) instanceof KafkaZnode.PartitionState now) {
                KafkaZnode.PartitionState before = lastState.put(tp, now);
                Integer leader = now.leader();
                List<Integer> isr = now.isr();
                String epoch = " (leader epoch " + now.leaderEpoch() + ")";
                if (before == null) {
                    out.add(new ClusterEvent(time, e.kind() == ZnodeWatch.Kind.CREATED ? "partition_created" : "partition_state", tp,
                            "leader " + leader + ", ISR " + isr + epoch));
                } else if (!Objects.equals(before.leader(), leader)) {
                    out.add(new ClusterEvent(time, "leader_changed", tp, "leader " + before.leader() + " → " + leader
                            + ", ISR " + isr + epoch));
                } else if (!new TreeSet<>(before.isr()).equals(new TreeSet<>(isr))) {
                    out.add(new ClusterEvent(time, "isr_changed", tp, "ISR " + before.isr() + " → " + isr + epoch));
                }
            }
        } else if ((m = TOPIC.matcher(path)).matches()) {
            String topic = m.group(1);
            if (gone) {
                out.add(new ClusterEvent(time, "topic_deleted", topic, null));
            } else if (written && decoded.orElse(null) instanceof KafkaZnode.Topic t) {
                if (e.kind() == ZnodeWatch.Kind.CREATED) {
                    out.add(new ClusterEvent(time, "topic_created", topic, t.partitions().size() + " partitions"));
                } else if (t.moving()) {
                    out.add(new ClusterEvent(time, "replicas_moving", topic, "adding " + t.addingReplicas() + ", removing "
                            + t.removingReplicas()));
                } else {
                    out.add(new ClusterEvent(time, "assignment_changed", topic, t.partitions().size() + " partitions: " + t.partitions()));
                }
            }
        } else if (path.equals("/admin/reassign_partitions")) {
            out.add(new ClusterEvent(time, gone ? "reassignment_completed" : "reassignment_requested", "/admin/reassign_partitions",
                    decoded.filter(KafkaZnode.ReassignmentRequest.class::isInstance)
                            .map(z -> ((KafkaZnode.ReassignmentRequest) z).partitions().size() + " partitions").orElse(null)));
        } else if (path.equals("/admin/preferred_replica_election") && !written || path.equals("/admin/preferred_replica_election")
                && e.kind() == ZnodeWatch.Kind.CREATED) {
            out.add(new ClusterEvent(time, gone ? "preferred_election_completed" : "preferred_election_requested",
                    "/admin/preferred_replica_election", decoded.filter(KafkaZnode.PreferredElectionRequest.class::isInstance)
                            .map(z -> String.valueOf(((KafkaZnode.PreferredElectionRequest) z).partitions())).orElse(null)));
        } else if ((m = DELETE.matcher(path)).matches() && (gone || e.kind() == ZnodeWatch.Kind.CREATED)) {
            out.add(new ClusterEvent(time, gone ? "topic_deletion_completed" : "topic_deletion_requested", m.group(1), null));
        } else if (CONFIG_CHANGE.matcher(path).matches() && e.kind() == ZnodeWatch.Kind.CREATED) {
            decoded.filter(KafkaZnode.ConfigChangeNotification.class::isInstance).ifPresent(z -> out.add(new ClusterEvent(time,
                    "config_changed", ((KafkaZnode.ConfigChangeNotification) z).entity(), null)));
        }
        return out;
    }

    private static Optional<KafkaZnode> decode(ZnodeWatch.Event e) {
        if (e.data() == null) {
            return Optional.empty();
        }
        byte[] bytes = "utf8".equals(e.encoding()) ? e.data().getBytes(StandardCharsets.UTF_8) : Base64.getDecoder().decode(e.data());
        return KafkaZnodeDecoder.decode(e.path(), bytes, null);
    }
}
