package io.kzk.cli.kcat;

import io.kzk.admin.cluster.BrokerInfo;
import io.kzk.admin.cluster.ClusterMetadata;
import io.kzk.admin.topic.PartitionState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * kcat -L's output, text or JSON, as kcat 1.7.1 writes it. Errors are named in librdkafka's words:
 * a partition without a leader has leader -1 and "Broker: Leader not available", a topic asked
 * for that the cluster does not have "Broker: Unknown topic or partition", and one the brokers
 * have just created for the asking "Broker: Leader not available (try again)". kcat lists brokers
 * and topics in the order the broker that answered keeps them (a hash order that changes as
 * topics come and go); kzk lists them by id and by name.
 */
final class KcatMetadataOutput {
    static final String UNKNOWN_TOPIC = "Broker: Unknown topic or partition";
    static final String NO_LEADER = "Broker: Leader not available";

    /**
     * The broker kcat names as the one that answered: librdkafka asks any broker it is connected
     * to, at first the bootstrap broker, which it names "host:port/ID" once it knows the ID, and
     * "host:port/bootstrap" with ID -1 before. kzk's Admin client does not say which broker
     * answered, so kzk names the first bootstrap broker.
     */
    record Origin(int id, String name) {
        static Origin of(ClusterMetadata metadata, String bootstrapServers) {
            String first = bootstrapServers.split(",")[0].strip();
            for (BrokerInfo b : metadata.brokers()) {
                if (b.address().equals(first)) {
                    return new Origin(b.id(), first + "/" + b.id());
                }
            }
            return new Origin(-1, first + "/bootstrap");
        }
    }

    private KcatMetadataOutput() {
    }

    /** @param topic the topic asked for (-t), or null for all */
    static String text(ClusterMetadata metadata, Origin origin, String topic) {
        StringBuilder out = new StringBuilder();
        out.append("Metadata for ").append(topic == null ? "all topics" : topic).append(" (from broker ").append(origin.id())
                .append(": ").append(origin.name()).append("):\n");
        out.append(' ').append(metadata.brokers().size()).append(" brokers:\n");
        for (BrokerInfo b : metadata.brokers()) {
            out.append("  broker ").append(b.id()).append(" at ").append(b.address())
                    .append(Integer.valueOf(b.id()).equals(metadata.controllerId()) ? " (controller)" : "").append('\n');
        }
        out.append(' ').append(metadata.topics().size()).append(" topics:\n");
        for (ClusterMetadata.ListedTopic t : metadata.topics()) {
            out.append("  topic \"").append(t.name()).append("\" with ").append(t.partitions().size()).append(" partitions:")
                    .append(switch (t.status()) {
                        case EXISTING -> "";
                        case UNKNOWN -> " " + UNKNOWN_TOPIC;
                        case CREATED -> " " + NO_LEADER + " (try again)";
                    }).append('\n');
            for (PartitionState p : t.partitions()) {
                out.append("    partition ").append(p.partition()).append(", leader ").append(leader(p)).append(", replicas: ")
                        .append(ids(p.replicas())).append(", isrs: ").append(ids(p.isr()))
                        .append(p.offline() ? ", " + NO_LEADER : "").append('\n');
            }
        }
        return out.toString();
    }

    /** kcat's -L -J document, on one line without a newline at the end, as kcat writes it. */
    static String json(ClusterMetadata metadata, Origin origin, String topic) {
        KcatJson j = new KcatJson().open();
        j.key("originating_broker").open().key("id").value(origin.id()).key("name").value(origin.name()).close();
        j.key("query").open().key("topic").value(topic == null ? "*" : topic).close();
        j.key("controllerid").value(metadata.controllerId() == null ? -1 : metadata.controllerId());
        j.key("brokers").openArray();
        for (BrokerInfo b : metadata.brokers()) {
            j.open().key("id").value(b.id()).key("name").value(b.address()).close();
        }
        j.closeArray().key("topics").openArray();
        for (ClusterMetadata.ListedTopic t : metadata.topics()) {
            j.open().key("topic").value(t.name());
            if (t.status() != ClusterMetadata.Status.EXISTING) {
                j.key("error").value(t.status() == ClusterMetadata.Status.UNKNOWN ? UNKNOWN_TOPIC : NO_LEADER);
            }
            j.key("partitions").openArray();
            for (PartitionState p : t.partitions()) {
                j.open().key("partition").value(p.partition());
                if (p.offline()) {
                    j.key("error").value(NO_LEADER);
                }
                j.key("leader").value(leader(p));
                idObjects(j.key("replicas"), p.replicas());
                idObjects(j.key("isrs"), p.isr());
                j.close();
            }
            j.closeArray().close();
        }
        return j.closeArray().close().toString();
    }

    private static int leader(PartitionState p) {
        return p.leader() == null ? -1 : p.leader();
    }

    private static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static void idObjects(KcatJson j, List<Integer> ids) {
        j.openArray();
        ids.forEach(id -> j.open().key("id").value(id).close());
        j.closeArray();
    }
}
