package io.kzk.zk.kafka;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one of the znodes ZooKeeper-mode Kafka writes holds, decoded by {@link KafkaZnodeDecoder}:
 * one record a kind, with labelled fields, epochs named and times readable (ISO-8601). The
 * records' components are kzk's documented JSON shape (snake_case): their order is the order
 * of the fields in {@code -o json}, so change them as an interface, not as an implementation.
 */
public sealed interface KafkaZnode {
    /** The kind, as {@code zk get} names it ("broker", "partition_state", …). */
    @JsonIgnore
    String kind();

    /** The fields by their JSON names, in order: for tables that show whatever a znode holds. */
    @JsonIgnore
    default Map<String, Object> fields() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                out.put(snakeCase(c.getName()), c.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("reading " + c.getName() + " of a " + kind(), e);
            }
        }
        return out;
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** /brokers/ids/ID: a broker's registration, made by its ZooKeeper session. */
    record Broker(int broker, List<String> endpoints, String rack, String registeredAt, int registrationVersion,
                  Map<String, String> listenerSecurityProtocols, Map<String, String> features, Integer jmxPort,
                  Boolean zkMigrationReady, String session) implements KafkaZnode {
        @Override
        public String kind() {
            return "broker";
        }
    }

    /** /brokers/topics/TOPIC: the replica assignment, and replicas a reassignment is adding or removing. */
    record Topic(String topic, String topicId, Map<Integer, List<Integer>> partitions,
                 Map<Integer, List<Integer>> addingReplicas, Map<Integer, List<Integer>> removingReplicas, int formatVersion,
                 String modifiedAt) implements KafkaZnode {
        @Override
        public String kind() {
            return "topic";
        }

        /** Whether a reassignment of this topic is under way (replicas still being added or removed). */
        public boolean moving() {
            return !addingReplicas.isEmpty() || !removingReplicas.isEmpty();
        }

        /** The highest replica count of its partitions. */
        public int replicationFactor() {
            return partitions.values().stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /** /brokers/topics/TOPIC/partitions/P/state: leader (null: none, offline), ISR, epochs. */
    record PartitionState(String topic, int partition, Integer leader, int leaderEpoch, List<Integer> isr, int controllerEpoch,
                          String leaderRecoveryState, Integer znodeVersion) implements KafkaZnode {
        @Override
        public String kind() {
            return "partition_state";
        }

        /** "topic-partition", as Kafka names a partition. */
        public String name() {
            return topic + "-" + partition;
        }
    }

    /** /controller: which broker (or, during a migration, which KRaft controller) is controller. */
    record Controller(int controller, String electedAt, Integer kraftControllerEpoch, boolean isKraftController, String session)
            implements KafkaZnode {
        @Override
        public String kind() {
            return "controller";
        }
    }

    /** /controller_epoch. */
    record ControllerEpoch(int controllerEpoch, String changedAt) implements KafkaZnode {
        @Override
        public String kind() {
            return "controller_epoch";
        }
    }

    /** /admin/reassign_partitions: a reassignment asked for the old way, until the controller clears it. */
    record ReassignmentRequest(String requestedAt, List<Move> partitions) implements KafkaZnode {
        @Override
        public String kind() {
            return "reassignment_request";
        }

        /** One partition of the request and the replicas it should have. */
        public record Move(String topic, int partition, List<Integer> replicas) {
            @Override
            public String toString() {
                return "{topic=" + topic + ", partition=" + partition + ", replicas=" + replicas + "}";
            }
        }
    }

    /** /admin/preferred_replica_election: partitions ("topic-partition") whose preferred leader is asked for. */
    record PreferredElectionRequest(String requestedAt, List<String> partitions) implements KafkaZnode {
        @Override
        public String kind() {
            return "preferred_election_request";
        }
    }

    /** /admin/delete_topics/TOPIC: a topic marked for deletion. */
    record TopicDeletionRequest(String topic, String requestedAt) implements KafkaZnode {
        @Override
        public String kind() {
            return "topic_deletion_request";
        }
    }

    /** /isr_change_notification/isr_change_N: partitions whose ISR changed, for the controller to pick up. */
    record IsrChangeNotification(String notification, List<String> partitions) implements KafkaZnode {
        @Override
        public String kind() {
            return "isr_change_notification";
        }
    }

    /** /config/changes/config_change_N: an entity whose dynamic config changed. */
    record ConfigChangeNotification(String notification, String entity, String at) implements KafkaZnode {
        @Override
        public String kind() {
            return "config_change_notification";
        }
    }

    /** /config/TYPE/NAME: an entity's dynamic config overrides. */
    record Config(String entityType, String entity, Map<String, String> config) implements KafkaZnode {
        @Override
        public String kind() {
            return "config";
        }
    }

    /** /cluster/id. */
    record ClusterId(String clusterId) implements KafkaZnode {
        @Override
        public String kind() {
            return "cluster_id";
        }
    }

    /** /kafka-acl[-extended/PATTERN]/TYPE/NAME: the ZooKeeper-based authorizer's ACLs of one resource. */
    record Acl(String resourceType, String patternType, String resource, List<Entry> acls) implements KafkaZnode {
        @Override
        public String kind() {
            return "acl";
        }

        /** One ACL on the resource. */
        public record Entry(String principal, String permission, String operation, String host) {
            @Override
            public String toString() {
                return "{principal=" + principal + ", permission=" + permission + ", operation=" + operation + ", host=" + host + "}";
            }
        }
    }

    /** /feature: feature versioning, and the finalized feature levels. */
    record Feature(String status, Map<String, String> features) implements KafkaZnode {
        @Override
        public String kind() {
            return "feature";
        }
    }

    /** /migration: the state of a ZooKeeper-to-KRaft migration. */
    record MigrationState(int kraftControllerId, int kraftControllerEpoch, long kraftMetadataOffset, int kraftMetadataEpoch)
            implements KafkaZnode {
        @Override
        public String kind() {
            return "migration_state";
        }
    }
}
