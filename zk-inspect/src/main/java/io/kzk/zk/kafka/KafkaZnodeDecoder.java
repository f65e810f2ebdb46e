package io.kzk.zk.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.zk.ZnodeStat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the znodes ZooKeeper-mode Kafka (up to 3.9) writes and says what they mean, as the
 * {@link KafkaZnode} of their kind: labelled fields, epochs named and timestamps made readable. Recognised by the end of the path, so it
 * works under any chroot. The formats are those of Kafka's ZkData.
 */
public final class KafkaZnodeDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern BROKER = Pattern.compile(".*/brokers/ids/(\\d+)");
    private static final Pattern TOPIC = Pattern.compile(".*/brokers/topics/([^/]+)");
    private static final Pattern PARTITION_STATE = Pattern.compile(".*/brokers/topics/([^/]+)/partitions/(\\d+)/state");
    private static final Pattern CONTROLLER = Pattern.compile("(.*/)?controller");
    private static final Pattern CONTROLLER_EPOCH = Pattern.compile("(.*/)?controller_epoch");
    private static final Pattern REASSIGN = Pattern.compile("(.*/)?admin/reassign_partitions");
    private static final Pattern PREFERRED = Pattern.compile("(.*/)?admin/preferred_replica_election");
    private static final Pattern DELETE_TOPIC = Pattern.compile(".*/admin/delete_topics/([^/]+)");
    private static final Pattern ISR_CHANGE = Pattern.compile(".*/isr_change_notification/(isr_change_\\d+)");
    private static final Pattern CONFIG = Pattern.compile(".*/config/(topics|brokers|users|clients|ips)/(.+)");
    private static final Pattern CONFIG_CHANGE = Pattern.compile(".*/config/changes/(config_change_\\d+)");
    private static final Pattern CLUSTER_ID = Pattern.compile("(.*/)?cluster/id");
    private static final Pattern FEATURE = Pattern.compile("(.*/)?feature");
    private static final Pattern ACL = Pattern.compile(".*/kafka-acl(?:-extended/(prefixed|literal))?/([^/]+)/([^/]+)");
    private static final Pattern MIGRATION = Pattern.compile("(.*/)?migration");

    private KafkaZnodeDecoder() {
    }

    /**
     * Empty when the path is not one of Kafka's or the data is not in Kafka's format (not JSON, not
     * a number where one belongs). Only those parse failures mean "not a Kafka znode": anything
     * else thrown here is a bug in the decoder and is not hidden as one.
     */
    public static Optional<KafkaZnode> decode(String path, byte[] data, ZnodeStat stat) {
        try {
            return Optional.ofNullable(decodeOrNull(path, data == null ? new byte[0] : data, stat));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static KafkaZnode decodeOrNull(String path, byte[] data, ZnodeStat stat) throws IOException {
        Matcher m;
        if ((m = PARTITION_STATE.matcher(path)).matches()) {
            JsonNode j = json(data);
            return new KafkaZnode.PartitionState(m.group(1), Integer.parseInt(m.group(2)), leader(j.path("leader").asInt(-1)),
                    j.path("leader_epoch").asInt(), ints(j.path("isr")), j.path("controller_epoch").asInt(),
                    j.path("leader_recovery_state").asInt(0) == 0 ? "recovered" : "recovering", stat == null ? null : stat.version());
        }
        if ((m = BROKER.matcher(path)).matches()) {
            JsonNode j = json(data);
            Map<String, String> protocols = new LinkedHashMap<>();
            j.path("listener_security_protocol_map").fields().forEachRemaining(e -> protocols.put(e.getKey(), e.getValue().asText()));
            Map<String, String> features = new LinkedHashMap<>();
            j.path("features").fields().forEachRemaining(e -> features.put(e.getKey(),
                    e.getValue().path("min_version").asText() + ".." + e.getValue().path("max_version").asText()));
            return new KafkaZnode.Broker(Integer.parseInt(m.group(1)), strings(j.path("endpoints")),
                    j.hasNonNull("rack") ? j.get("rack").asText() : null, time(j.path("timestamp").asText(null)),
                    j.path("version").asInt(), protocols, features,
                    j.path("jmx_port").asInt(-1) < 0 ? null : j.path("jmx_port").asInt(),
                    j.has("zk_migration_ready") ? j.get("zk_migration_ready").asBoolean() : null,
                    stat == null ? null : stat.session());
        }
        if ((m = TOPIC.matcher(path)).matches()) {
            JsonNode j = json(data);
            return new KafkaZnode.Topic(m.group(1), j.hasNonNull("topic_id") ? j.get("topic_id").asText() : null,
                    partitionMap(j.path("partitions")), partitionMap(j.path("adding_replicas")),
                    partitionMap(j.path("removing_replicas")), j.path("version").asInt(),
                    stat == null ? null : Instant.ofEpochMilli(stat.mtime()).toString());
        }
        if (CONTROLLER_EPOCH.matcher(path).matches()) {
            return new KafkaZnode.ControllerEpoch(Integer.parseInt(new String(data, StandardCharsets.UTF_8).trim()),
                    stat == null ? null : Instant.ofEpochMilli(stat.mtime()).toString());
        }
        if (CONTROLLER.matcher(path).matches()) {
            JsonNode j = json(data);
            return new KafkaZnode.Controller(j.path("brokerid").asInt(), time(j.path("timestamp").asText(null)),
                    j.has("kraftControllerEpoch") ? j.get("kraftControllerEpoch").asInt() : null,
                    j.path("kraftControllerEpoch").asInt(-1) >= 0, stat == null ? null : stat.session());
        }
        if (REASSIGN.matcher(path).matches()) {
            List<KafkaZnode.ReassignmentRequest.Move> moves = new ArrayList<>();
            for (JsonNode p : json(data).path("partitions")) {
                moves.add(new KafkaZnode.ReassignmentRequest.Move(p.path("topic").asText(), p.path("partition").asInt(),
                        ints(p.path("replicas"))));
            }
            return new KafkaZnode.ReassignmentRequest(created(stat), moves);
        }
        if (PREFERRED.matcher(path).matches()) {
            return new KafkaZnode.PreferredElectionRequest(created(stat), topicPartitions(json(data).path("partitions")));
        }
        if ((m = DELETE_TOPIC.matcher(path)).matches()) {
            return new KafkaZnode.TopicDeletionRequest(m.group(1), created(stat));
        }
        if ((m = ISR_CHANGE.matcher(path)).matches()) {
            return new KafkaZnode.IsrChangeNotification(m.group(1), topicPartitions(json(data).path("partitions")));
        }
        if ((m = CONFIG_CHANGE.matcher(path)).matches()) {
            JsonNode j = json(data);
            return new KafkaZnode.ConfigChangeNotification(m.group(1), j.hasNonNull("entity_path") ? j.get("entity_path").asText()
                    : j.path("entity_type").asText() + "/" + j.path("entity_name").asText(), created(stat));
        }
        if ((m = CONFIG.matcher(path)).matches()) {
            Map<String, String> config = new LinkedHashMap<>();
            json(data).path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            return new KafkaZnode.Config(m.group(1), m.group(2), config);
        }
        if (CLUSTER_ID.matcher(path).matches()) {
            return new KafkaZnode.ClusterId(json(data).path("id").asText());
        }
        if ((m = ACL.matcher(path)).matches()) {
            List<KafkaZnode.Acl.Entry> acls = new ArrayList<>();
            for (JsonNode a : json(data).path("acls")) {
                acls.add(new KafkaZnode.Acl.Entry(a.path("principal").asText(), a.path("permissionType").asText(),
                        a.path("operation").asText(), a.path("host").asText()));
            }
            return new KafkaZnode.Acl(m.group(2), m.group(1) == null ? "literal" : m.group(1), m.group(3), acls);
        }
        if (FEATURE.matcher(path).matches()) {
            JsonNode j = json(data);
            Map<String, String> features = new LinkedHashMap<>();
            j.path("features").fields().forEachRemaining(e -> features.put(e.getKey(),
                    e.getValue().path("min_version_level").asText(e.getValue().path("min_version").asText())
                            + ".." + e.getValue().path("max_version_level").asText(e.getValue().path("max_version").asText())));
            return new KafkaZnode.Feature(j.path("status").asInt() == 1 ? "enabled" : "disabled", features);
        }
        if (MIGRATION.matcher(path).matches()) {
            JsonNode j = json(data);
            return new KafkaZnode.MigrationState(j.path("kraft_controller_id").asInt(-1), j.path("kraft_controller_epoch").asInt(-1),
                    j.path("kraft_metadata_offset").asLong(-1), j.path("kraft_metadata_epoch").asInt(-1));
        }
        return null;
    }

    private static String created(ZnodeStat stat) {
        return stat == null ? null : Instant.ofEpochMilli(stat.ctime()).toString();
    }

    private static JsonNode json(byte[] data) throws IOException {
        JsonNode j = JSON.readTree(data);
        if (j == null || !j.isObject()) {
            throw new IOException("not a JSON object");
        }
        return j;
    }

    private static Integer leader(int id) {
        return id < 0 ? null : id;
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<Integer, List<Integer>> partitionMap(JsonNode object) {
        Map<Integer, List<Integer>> out = new java.util.TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(Integer.parseInt(e.getKey()), ints(e.getValue())));
        return out;
    }

    private static List<String> topicPartitions(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(p -> out.add(p.path("topic").asText() + "-" + p.path("partition").asInt()));
        return out;
    }

    private static String time(String epochMs) {
        try {
            return epochMs == null ? null : Instant.ofEpochMilli(Long.parseLong(epochMs)).toString();
        } catch (NumberFormatException e) {
            return epochMs;
        }
    }
}
