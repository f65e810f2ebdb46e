package io.kzk.zk.kafka;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeWalker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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

    public List<KafkaZnode.Broker> brokers() {
        List<KafkaZnode.Broker> out = read("/brokers/ids", 1, KafkaZnode.Broker.class);
        out.sort(Comparator.comparingInt(KafkaZnode.Broker::broker));
        return out;
    }

    public List<KafkaZnode.Topic> topics() {
        return read("/brokers/topics", 1, KafkaZnode.Topic.class);
    }

    /** Partition states of one topic, or of all with null. */
    public List<KafkaZnode.PartitionState> partitions(String topic) {
        if (topic != null && read("/brokers/topics/" + topic, 0, KafkaZnode.Topic.class).isEmpty()) {
            throw KzkException.notFound("no topic " + topic + " in ZooKeeper under " + display("/brokers/topics"));
        }
        return sortedPartitions(read(topic == null ? "/brokers/topics" : "/brokers/topics/" + topic, -1,
                KafkaZnode.PartitionState.class));
    }

    /** Every topic and every partition state. */
    public record TopicsAndPartitions(List<KafkaZnode.Topic> topics, List<KafkaZnode.PartitionState> partitions) {
    }

    /** {@link #topics()} and {@link #partitions(String) partitions(null)} from one walk of /brokers/topics. */
    public TopicsAndPartitions topicsAndPartitions() {
        List<KafkaZnode.Topic> topics = new ArrayList<>();
        List<KafkaZnode.PartitionState> states = new ArrayList<>();
        for (KafkaZnode z : read("/brokers/topics", -1, KafkaZnode.class)) {
            if (z instanceof KafkaZnode.Topic t) {
                topics.add(t);
            } else if (z instanceof KafkaZnode.PartitionState p) {
                states.add(p);
            }
        }
        return new TopicsAndPartitions(topics, sortedPartitions(states));
    }

    private static List<KafkaZnode.PartitionState> sortedPartitions(List<KafkaZnode.PartitionState> states) {
        List<KafkaZnode.PartitionState> out = new ArrayList<>(states);
        out.sort(Comparator.comparing(KafkaZnode.PartitionState::topic).thenComparingInt(KafkaZnode.PartitionState::partition));
        return out;
    }

    /** The controller: empty while there is none (all brokers down, or an election under way). */
    public Optional<KafkaZnode.Controller> controller() {
        return read("/controller", 0, KafkaZnode.Controller.class).stream().findFirst();
    }

    public Optional<KafkaZnode.ControllerEpoch> controllerEpoch() {
        return read("/controller_epoch", 0, KafkaZnode.ControllerEpoch.class).stream().findFirst();
    }

    /** A pending /admin/reassign_partitions request, if any. */
    public Optional<KafkaZnode.ReassignmentRequest> reassignmentRequest() {
        return read("/admin/reassign_partitions", 0, KafkaZnode.ReassignmentRequest.class).stream().findFirst();
    }

    /**
     * Partitions a reassignment is moving now: those whose topic znode still lists replicas being
     * added or removed (the controller clears them when the move completes).
     */
    public List<PartitionMove> reassignmentsInProgress() {
        return PartitionMove.inProgress(topics());
    }

    public Optional<KafkaZnode.PreferredElectionRequest> preferredElectionRequest() {
        return read("/admin/preferred_replica_election", 0, KafkaZnode.PreferredElectionRequest.class).stream().findFirst();
    }

    public List<KafkaZnode.TopicDeletionRequest> pendingDeletes() {
        return read("/admin/delete_topics", 1, KafkaZnode.TopicDeletionRequest.class);
    }

    public List<KafkaZnode.IsrChangeNotification> isrChanges() {
        return read("/isr_change_notification", 1, KafkaZnode.IsrChangeNotification.class);
    }

    /** Dynamic config overrides, all or of one entity type (topics, brokers, users, clients, ips) and name. */
    public List<KafkaZnode.Config> configs(String type, String name) {
        if (type != null && !List.of("topics", "brokers", "users", "clients", "ips").contains(type)) {
            throw KzkException.invalidInput("unknown config type '" + type + "': use topics, brokers, users, clients or ips");
        }
        String where = type == null ? "/config" : name == null ? "/config/" + type : "/config/" + type + "/" + name;
        List<KafkaZnode.Config> out = read(where, -1, KafkaZnode.Config.class);
        if (name != null && out.isEmpty()) {
            throw KzkException.notFound("no config overrides for " + type + " " + name + " in ZooKeeper");
        }
        return out;
    }

    public Optional<String> clusterId() {
        return read("/cluster/id", 0, KafkaZnode.ClusterId.class).stream().findFirst().map(KafkaZnode.ClusterId::clusterId);
    }

    public List<KafkaZnode.Acl> acls() {
        List<KafkaZnode.Acl> out = read("/kafka-acl", -1, KafkaZnode.Acl.class);
        out.addAll(read("/kafka-acl-extended", -1, KafkaZnode.Acl.class));
        return out;
    }

    public Optional<KafkaZnode.Feature> feature() {
        return read("/feature", 0, KafkaZnode.Feature.class).stream().findFirst();
    }

    public Optional<KafkaZnode.MigrationState> migration() {
        return read("/migration", 0, KafkaZnode.MigrationState.class).stream().findFirst();
    }

    /** The path a person would type, under the client's chroot. */
    public String display(String kafkaPath) {
        return root() + kafkaPath;
    }

    /** The znodes of {@code kind} under {@code kafkaPath}, {@code depth} levels down (-1: all); none when it does not exist. */
    private <T extends KafkaZnode> List<T> read(String kafkaPath, int depth, Class<T> kind) {
        List<T> out = new ArrayList<>();
        // an absent subtree (no reassignment ever, no ACLs) is an empty list; any other failure is thrown
        walker.walkIfExists(root() + kafkaPath, depth, EnumSet.of(ZnodeWalker.Extra.DATA), v -> KafkaZnodeDecoder
                .decode(v.path(), v.data(), v.stat()).filter(kind::isInstance).map(kind::cast).ifPresent(out::add));
        return out;
    }
}
