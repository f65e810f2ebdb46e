package io.kzk.admin.cluster;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.TopicMetadata;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** Reads the cluster's identity, controller and brokers. */
public final class ClusterService {
    private final KafkaTarget kafka;

    public ClusterService(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /**
     * The brokers, the controller and every topic (internal ones too) or only {@code topic} with
     * their partitions: three requests whatever the number of topics.
     *
     * @param topic          one topic, or null for all
     * @param createAsClient a missing {@code topic} is created with the brokers' defaults when they
     *                       have {@code auto.create.topics.enable=true}, as they do when a producer
     *                       asks for its metadata (kcat -L -t): the Admin API's requests never create one
     */
    public ClusterMetadata metadata(String topic, boolean createAsClient) {
        DescribeClusterResult cluster = kafka.admin().describeCluster();
        TopicMetadata topics = new TopicMetadata(kafka);
        Set<String> names = topics.names(true);
        List<String> chosen = topic == null ? names.stream().sorted().toList() : names.contains(topic) ? List.of(topic) : List.of();
        List<ClusterMetadata.ListedTopic> listed = new ArrayList<>();
        for (TopicDescription d : topics.describe(chosen)) {
            listed.add(new ClusterMetadata.ListedTopic(d.name(), ClusterMetadata.Status.EXISTING, TopicMetadata.states(d)));
        }
        List<BrokerInfo> brokers = toBrokers(kafka.await(cluster.nodes(), "describing the cluster"));
        if (topic != null && chosen.isEmpty()) {
            boolean created = createAsClient && !brokers.isEmpty() && autoCreates(brokers.get(0).id());
            if (created) {
                createWithDefaults(topic);
            }
            listed.add(new ClusterMetadata.ListedTopic(topic, created ? ClusterMetadata.Status.CREATED : ClusterMetadata.Status.UNKNOWN,
                    List.of()));
        }
        Node controller = kafka.await(cluster.controller(), "describing the cluster");
        return new ClusterMetadata(controller == null || controller.isEmpty() ? null : controller.id(), brokers, listed);
    }

    public List<BrokerInfo> brokers() {
        return toBrokers(kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers"));
    }

    /**
     * The cluster's description. The metadata mode and ZooKeeper address come from one broker's
     * configs, asked in parallel with the cluster metadata; a principal that may not read configs
     * still gets the rest.
     */
    public ClusterDescription describe() {
        DescribeClusterResult cluster = kafka.admin().describeCluster();
        Collection<Node> nodes = kafka.await(cluster.nodes(), "describing the cluster");
        List<BrokerInfo> brokers = toBrokers(nodes);
        KafkaFuture<Config> configs = brokers.isEmpty() ? null : brokerConfigs(brokers.get(0).id());
        String clusterId = kafka.await(cluster.clusterId(), "describing the cluster");
        Node controller = kafka.await(cluster.controller(), "describing the cluster");
        MetadataMode mode = MetadataMode.UNKNOWN;
        String zookeeper = null;
        List<String> warnings = new ArrayList<>();
        if (configs != null) {
            try {
                Config config = kafka.await(configs, "reading broker configs");
                zookeeper = value(config, "zookeeper.connect");
                String roles = value(config, "process.roles");
                mode = roles != null ? MetadataMode.KRAFT : zookeeper != null ? MetadataMode.ZOOKEEPER : MetadataMode.UNKNOWN;
            } catch (KzkException e) {
                // Not allowed to describe configs, or the broker went away: the rest still stands, and says what is missing.
                warnings.add("metadata mode and zookeeper.connect unknown: " + e.getMessage());
            }
        }
        MetadataQuorum quorum = null;
        if (mode == MetadataMode.KRAFT) {
            try {
                quorum = metadataQuorum();
            } catch (KzkException e) {
                warnings.add("metadata quorum unknown: " + e.getMessage());
            }
        }
        Integer controllerId = controller == null || controller.isEmpty() ? null : controller.id();
        return new ClusterDescription(clusterId, controllerId, mode, brokers, zookeeper, quorum, warnings);
    }

    /**
     * The KRaft metadata quorum; null when the brokers do not know the request (ZooKeeper mode).
     * Any other failure, a principal not allowed to describe the cluster above all, is thrown.
     */
    public MetadataQuorum metadataQuorum() {
        return kafka.awaitUnless(kafka.admin().describeMetadataQuorum().quorumInfo(), UnsupportedVersionException.class,
                "describing the metadata quorum").map(quorum -> new MetadataQuorum(quorum.leaderId() < 0 ? null : quorum.leaderId(),
                quorum.leaderEpoch(), quorum.voters().stream().map(v -> v.replicaId()).sorted().toList(),
                quorum.observers().stream().map(o -> o.replicaId()).sorted().toList())).orElse(null);
    }

    /** Whether the brokers create a topic a client asks for; false when that cannot be read (not allowed to describe configs). */
    private boolean autoCreates(int brokerId) {
        try {
            return "true".equalsIgnoreCase(value(kafka.await(brokerConfigs(brokerId), "reading broker configs"), "auto.create.topics.enable"));
        } catch (KzkException e) {
            return false;
        }
    }

    /** Creates {@code topic} with the brokers' default partitions and replication factor, unless another client just did. */
    private void createWithDefaults(String topic) {
        NewTopic defaults = new NewTopic(topic, Optional.empty(), Optional.empty());
        kafka.awaitUnless(kafka.admin().createTopics(List.of(defaults)).all(), TopicExistsException.class, "creating topic " + topic);
    }

    private KafkaFuture<Config> brokerConfigs(int brokerId) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(brokerId));
        return kafka.admin().describeConfigs(Set.of(resource)).values().get(resource);
    }

    private static String value(Config config, String name) {
        ConfigEntry entry = config.get(name);
        return entry == null || entry.value() == null || entry.value().isBlank() ? null : entry.value();
    }

    private static List<BrokerInfo> toBrokers(Collection<Node> nodes) {
        return nodes.stream()
                .map(n -> new BrokerInfo(n.id(), n.host(), n.port(), n.rack()))
                .sorted(Comparator.comparingInt(BrokerInfo::id))
                .toList();
    }
}
