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
 * Reads the znodes ZooKeeper-mode Kafka (up to 3.9) writes and says what they mean, with labelled
 * fields, epochs named and timestamps made readable. Recognised by the end of the path, so it
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

    /** What a Kafka znode holds: its kind (broker, topic, partition_state, …) and its fields. */
    public record KafkaZnode(String kind, Map<String, Object> fields) {
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
            Map<String, Object> f = fields();
            f.put("topic", m.group(1));
            f.put("partition", Integer.parseInt(m.group(2)));
            f.put("leader", leader(j.path("leader").asInt(-1)));
            f.put("leader_epoch", j.path("leader_epoch").asInt());
            f.put("isr", ints(j.path("isr")));
            f.put("controller_epoch", j.path("controller_epoch").asInt());
            f.put("leader_recovery_state", j.path("leader_recovery_state").asInt(0) == 0 ? "recovered" : "recovering");
            f.put("znode_version", stat == null ? null : stat.version());
            return new KafkaZnode("partition_state", f);
        }
        if ((m = BROKER.matcher(path)).matches()) {
            JsonNode j = json(data);
            Map<String, Object> f = fields();
            f.put("broker", Integer.parseInt(m.group(1)));
            f.put("endpoints", strings(j.path("endpoints")));
            f.put("rack", j.hasNonNull("rack") ? j.get("rack").asText() : null);
            f.put("registered_at", time(j.path("timestamp").asText(null)));
            f.put("registration_version", j.path("version").asInt());
            Map<String, String> protocols = new LinkedHashMap<>();
            j.path("listener_security_protocol_map").fields().forEachRemaining(e -> protocols.put(e.getKey(), e.getValue().asText()));
            f.put("listener_security_protocols", protocols);
            Map<String, String> features = new LinkedHashMap<>();
            j.path("features").fields().forEachRemaining(e -> features.put(e.getKey(),
                    e.getValue().path("min_version").asText() + ".." + e.getValue().path("max_version").asText()));
            f.put("features", features);
            f.put("jmx_port", j.path("jmx_port").asInt(-1) < 0 ? null : j.path("jmx_port").asInt());
            f.put("zk_migration_ready", j.has("zk_migration_ready") ? j.get("zk_migration_ready").asBoolean() : null);
            f.put("session", stat == null ? null : stat.session());
            return new KafkaZnode("broker", f);
        }
        if ((m = TOPIC.matcher(path)).matches()) {
            JsonNode j = json(data);
            Map<String, Object> f = fields();
            f.put("topic", m.group(1));
            f.put("topic_id", j.hasNonNull("topic_id") ? j.get("topic_id").asText() : null);
            f.put("partitions", partitionMap(j.path("partitions")));
            f.put("adding_replicas", partitionMap(j.path("adding_replicas")));
            f.put("removing_replicas", partitionMap(j.path("removing_replicas")));
            f.put("format_version", j.path("version").asInt());
            f.put("modified_at", stat == null ? null : Instant.ofEpochMilli(stat.mtime()).toString());
            return new KafkaZnode("topic", f);
        }
        if (CONTROLLER_EPOCH.matcher(path).matches()) {
            Map<String, Object> f = fields();
            f.put("controller_epoch", Integer.parseInt(new String(data, StandardCharsets.UTF_8).trim()));
            f.put("changed_at", stat == null ? null : Instant.ofEpochMilli(stat.mtime()).toString());
            return new KafkaZnode("controller_epoch", f);
        }
        if (CONTROLLER.matcher(path).matches()) {
            JsonNode j = json(data);
            Map<String, Object> f = fields();
            f.put("controller", j.path("brokerid").asInt());
            f.put("elected_at", time(j.path("timestamp").asText(null)));
            f.put("kraft_controller_epoch", j.has("kraftControllerEpoch") ? j.get("kraftControllerEpoch").asInt() : null);
            f.put("is_kraft_controller", j.path("kraftControllerEpoch").asInt(-1) >= 0);
            f.put("session", stat == null ? null : stat.session());
            return new KafkaZnode("controller", f);
        }
        if (REASSIGN.matcher(path).matches()) {
            JsonNode j = json(data);
            List<Map<String, Object>> moves = new ArrayList<>();
            for (JsonNode p : j.path("partitions")) {
                Map<String, Object> move = fields();
                move.put("topic", p.path("topic").asText());
                move.put("partition", p.path("partition").asInt());
                move.put("replicas", ints(p.path("replicas")));
                moves.add(move);
            }
            Map<String, Object> f = fields();
            f.put("requested_at", stat == null ? null : Instant.ofEpochMilli(stat.ctime()).toString());
            f.put("partitions", moves);
            return new KafkaZnode("reassignment_request", f);
        }
        if (PREFERRED.matcher(path).matches()) {
            Map<String, Object> f = fields();
            f.put("requested_at", stat == null ? null : Instant.ofEpochMilli(stat.ctime()).toString());
            f.put("partitions", topicPartitions(json(data).path("partitions")));
            return new KafkaZnode("preferred_election_request", f);
        }
        if ((m = DELETE_TOPIC.matcher(path)).matches()) {
            Map<String, Object> f = fields();
            f.put("topic", m.group(1));
            f.put("requested_at", stat == null ? null : Instant.ofEpochMilli(stat.ctime()).toString());
            return new KafkaZnode("topic_deletion_request", f);
        }
        if ((m = ISR_CHANGE.matcher(path)).matches()) {
            Map<String, Object> f = fields();
            f.put("notification", m.group(1));
            f.put("partitions", topicPartitions(json(data).path("partitions")));
            return new KafkaZnode("isr_change_notification", f);
        }
        if ((m = CONFIG_CHANGE.matcher(path)).matches()) {
            JsonNode j = json(data);
            Map<String, Object> f = fields();
            f.put("notification", m.group(1));
            f.put("entity", j.hasNonNull("entity_path") ? j.get("entity_path").asText()
                    : j.path("entity_type").asText() + "/" + j.path("entity_name").asText());
            f.put("at", stat == null ? null : Instant.ofEpochMilli(stat.ctime()).toString());
            return new KafkaZnode("config_change_notification", f);
        }
        if ((m = CONFIG.matcher(path)).matches()) {
            JsonNode j = json(data);
            Map<String, String> config = new LinkedHashMap<>();
            j.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            Map<String, Object> f = fields();
            f.put("entity_type", m.group(1));
            f.put("entity", m.group(2));
            f.put("config", config);
            return new KafkaZnode("config", f);
        }
        if (CLUSTER_ID.matcher(path).matches()) {
            Map<String, Object> f = fields();
            f.put("cluster_id", json(data).path("id").asText());
            return new KafkaZnode("cluster_id", f);
        }
        if ((m = ACL.matcher(path)).matches()) {
            List<Map<String, Object>> acls = new ArrayList<>();
            for (JsonNode a : json(data).path("acls")) {
                Map<String, Object> acl = fields();
                acl.put("principal", a.path("principal").asText());
                acl.put("permission", a.path("permissionType").asText());
                acl.put("operation", a.path("operation").asText());
                acl.put("host", a.path("host").asText());
                acls.add(acl);
            }
            Map<String, Object> f = fields();
            f.put("resource_type", m.group(2));
            f.put("pattern_type", m.group(1) == null ? "literal" : m.group(1));
            f.put("resource", m.group(3));
            f.put("acls", acls);
            return new KafkaZnode("acl", f);
        }
        if (FEATURE.matcher(path).matches()) {
            JsonNode j = json(data);
            Map<String, String> features = new LinkedHashMap<>();
            j.path("features").fields().forEachRemaining(e -> features.put(e.getKey(),
                    e.getValue().path("min_version_level").asText(e.getValue().path("min_version").asText())
                            + ".." + e.getValue().path("max_version_level").asText(e.getValue().path("max_version").asText())));
            Map<String, Object> f = fields();
            f.put("status", j.path("status").asInt() == 1 ? "enabled" : "disabled");
            f.put("features", features);
            return new KafkaZnode("feature", f);
        }
        if (MIGRATION.matcher(path).matches()) {
            JsonNode j = json(data);
            Map<String, Object> f = fields();
            f.put("kraft_controller_id", j.path("kraft_controller_id").asInt(-1));
            f.put("kraft_controller_epoch", j.path("kraft_controller_epoch").asInt(-1));
            f.put("kraft_metadata_offset", j.path("kraft_metadata_offset").asLong(-1));
            f.put("kraft_metadata_epoch", j.path("kraft_metadata_epoch").asInt(-1));
            return new KafkaZnode("migration_state", f);
        }
        return null;
    }

    private static Map<String, Object> fields() {
        return new LinkedHashMap<>();
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
