package io.kzk.zk.kafka;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.kafka.KafkaZnodeDecoder.KafkaZnode;
import io.kzk.zk.tree.ZnodeWalker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.curator.framework.CuratorFramework;

/**
 * Kafka's cluster state as ZooKeeper holds it, decoded: brokers, topics, partition states,
 * controller, pending reassignments, elections and deletions, ISR change notifications, configs,
 * ACLs. Each view is one pipelined walk of the znodes it needs; nothing asks a broker, so this
 * works when every broker is down.
 */
public final class KafkaMetadata {
    private final KafkaZnodes znodes;
    private final ZnodeWalker walker;

    public KafkaMetadata(CuratorFramework zk, Duration timeout) {
        this.znodes = KafkaZnodes.locate(zk);
        this.walker = new ZnodeWalker(ZkConnections.handle(zk), timeout);
    }

    /** Where Kafka's znodes are, relative to the client's chroot; "" at its root. */
    public String root() {
        return znodes.root();
    }

    public List<KafkaZnode> brokers() {
        return sortedBy(read("/brokers/ids", 1, "broker"), "broker");
    }

    public List<KafkaZnode> topics() {
        return read("/brokers/topics", 1, "topic");
    }

    /** Partition states of one topic, or of all with null. */
    public List<KafkaZnode> partitions(String topic) {
        if (topic != null && read("/brokers/topics/" + topic, 0, "topic").isEmpty()) {
            throw KzkException.notFound("no topic " + topic + " in ZooKeeper under " + display("/brokers/topics"));
        }
        return sortedPartitions(read(topic == null ? "/brokers/topics" : "/brokers/topics/" + topic, -1, "partition_state"));
    }

    /** Every topic and every partition state. */
    public record TopicsAndPartitions(List<KafkaZnode> topics, List<KafkaZnode> partitions) {
    }

    /** {@link #topics()} and {@link #partitions(String) partitions(null)} from one walk of /brokers/topics. */
    public TopicsAndPartitions topicsAndPartitions() {
        List<KafkaZnode> topics = new ArrayList<>();
        List<KafkaZnode> states = new ArrayList<>();
        for (KafkaZnode z : read("/brokers/topics", -1, Set.of("topic", "partition_state"))) {
            (z.kind().equals("topic") ? topics : states).add(z);
        }
        return new TopicsAndPartitions(topics, sortedPartitions(states));
    }

    private static List<KafkaZnode> sortedPartitions(List<KafkaZnode> states) {
        List<KafkaZnode> out = new ArrayList<>(states);
        out.sort(Comparator.comparing((KafkaZnode z) -> (String) z.fields().get("topic"))
                .thenComparing(z -> (Integer) z.fields().get("partition")));
        return out;
    }

    /** The controller (empty while there is none) and the controller epoch. */
    public List<KafkaZnode> controller() {
        List<KafkaZnode> out = new ArrayList<>(read("/controller", 0, "controller"));
        out.addAll(read("/controller_epoch", 0, "controller_epoch"));
        return out;
    }

    /** A pending /admin/reassign_partitions request, if any. */
    public Optional<KafkaZnode> reassignmentRequest() {
        return read("/admin/reassign_partitions", 0, "reassignment_request").stream().findFirst();
    }

    public Optional<KafkaZnode> preferredElectionRequest() {
        return read("/admin/preferred_replica_election", 0, "preferred_election_request").stream().findFirst();
    }

    public List<KafkaZnode> pendingDeletes() {
        return read("/admin/delete_topics", 1, "topic_deletion_request");
    }

    public List<KafkaZnode> isrChanges() {
        return read("/isr_change_notification", 1, "isr_change_notification");
    }

    /** Dynamic config overrides, all or of one entity type (topics, brokers, users, clients, ips) and name. */
    public List<KafkaZnode> configs(String type, String name) {
        if (type != null && !List.of("topics", "brokers", "users", "clients", "ips").contains(type)) {
            throw KzkException.invalidInput("unknown config type '" + type + "': use topics, brokers, users, clients or ips");
        }
        String where = type == null ? "/config" : name == null ? "/config/" + type : "/config/" + type + "/" + name;
        List<KafkaZnode> out = read(where, -1, "config");
        if (name != null && out.isEmpty()) {
            throw KzkException.notFound("no config overrides for " + type + " " + name + " in ZooKeeper");
        }
        return out;
    }

    public Optional<String> clusterId() {
        return read("/cluster/id", 0, "cluster_id").stream().findFirst().map(z -> (String) z.fields().get("cluster_id"));
    }

    public List<KafkaZnode> acls() {
        List<KafkaZnode> out = new ArrayList<>(read("/kafka-acl", -1, "acl"));
        out.addAll(read("/kafka-acl-extended", -1, "acl"));
        return out;
    }

    public Optional<KafkaZnode> feature() {
        return read("/feature", 0, "feature").stream().findFirst();
    }

    public Optional<KafkaZnode> migration() {
        return read("/migration", 0, "migration_state").stream().findFirst();
    }

    /** The path a person would type, under the client's chroot. */
    public String display(String kafkaPath) {
        return root() + kafkaPath;
    }

    private List<KafkaZnode> read(String kafkaPath, int depth, String kind) {
        return read(kafkaPath, depth, Set.of(kind));
    }

    private List<KafkaZnode> read(String kafkaPath, int depth, Set<String> kinds) {
        List<KafkaZnode> out = new ArrayList<>();
        // an absent subtree (no reassignment ever, no ACLs) is an empty list; any other failure is thrown
        walker.walkIfExists(root() + kafkaPath, depth, EnumSet.of(ZnodeWalker.Extra.DATA), v -> KafkaZnodeDecoder
                .decode(v.path(), v.data(), v.stat()).filter(z -> kinds.contains(z.kind())).ifPresent(out::add));
        return out;
    }

    private static List<KafkaZnode> sortedBy(List<KafkaZnode> list, String field) {
        List<KafkaZnode> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(z -> (Integer) z.fields().get(field)));
        return out;
    }
}
