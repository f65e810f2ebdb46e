package io.kzk.cli.zk.kafka;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnodeDecoder.KafkaZnode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code kzk zk kafka} views: each reads one part of Kafka's znodes and shows it as a table or JSON. */
final class KafkaViews {
    private KafkaViews() {
    }

    /** A view: reads from {@link KafkaMetadata}, shows the decoded fields. */
    abstract static class View extends LeafCommand {
        @Override
        public Integer call() {
            show(new KafkaMetadata(session().zookeeper(), globals().timeout()));
            return 0;
        }

        abstract void show(KafkaMetadata kafka);

        /** A table of the given fields of each znode; JSON gets every field of each. */
        void table(List<KafkaZnode> znodes, List<String> headers, List<String> fields) {
            List<List<Cell>> rows = znodes.stream().map(z -> fields.stream().map(f -> cell(z.fields().get(f))).toList()).toList();
            output().emit(znodes.stream().map(KafkaZnode::fields).toList(), List.of(new Block.Table(null, headers, rows)));
        }

        static Cell cell(Object value) {
            if (value instanceof Collection<?> c) {
                return Cell.list(c);
            }
            if (value instanceof Map<?, ?> m) {
                return m.isEmpty() ? Cell.of(null) : Cell.of(m.toString());
            }
            return Cell.of(value);
        }
    }

    @Command(name = "brokers", header = "Registered brokers: endpoints, rack, registration time, session.",
            footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka brokers", "  kzk zk kafka brokers -o json"})
    static final class Brokers extends View {
        @Override
        void show(KafkaMetadata kafka) {
            table(kafka.brokers(), List.of("BROKER", "ENDPOINTS", "RACK", "REGISTERED AT", "SESSION", "VERSION"),
                    List.of("broker", "endpoints", "rack", "registered_at", "session", "registration_version"));
        }
    }

    @Command(name = "topics", header = "Topics: id, replica assignment, replicas being added or removed.",
            footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka topics", "  kzk zk kafka topics -o json"})
    static final class Topics extends View {
        @Override
        void show(KafkaMetadata kafka) {
            List<KafkaZnode> topics = kafka.topics();
            List<List<Cell>> rows = new ArrayList<>();
            for (KafkaZnode t : topics) {
                Map<?, ?> partitions = (Map<?, ?>) t.fields().get("partitions");
                int rf = partitions.values().stream().mapToInt(r -> ((List<?>) r).size()).max().orElse(0);
                rows.add(List.of(Cell.of(t.fields().get("topic")), Cell.of(t.fields().get("topic_id")), Cell.of(partitions.size()),
                        Cell.of(rf), cell(t.fields().get("adding_replicas")), cell(t.fields().get("removing_replicas"))));
            }
            output().emit(topics.stream().map(KafkaZnode::fields).toList(), List.of(new Block.Table(null,
                    List.of("TOPIC", "TOPIC ID", "PARTITIONS", "RF", "ADDING", "REMOVING"), rows)));
        }
    }

    @Command(name = "partitions", header = "Partition states: leader, leader epoch, ISR, controller epoch.",
            footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka partitions orders", "  kzk zk kafka partitions -o json"})
    static final class Partitions extends View {
        @Parameters(arity = "0..1", paramLabel = "TOPIC", description = "One topic (default: all).")
        String topic;

        @Override
        void show(KafkaMetadata kafka) {
            table(kafka.partitions(topic), List.of("TOPIC", "PARTITION", "LEADER", "LEADER EPOCH", "ISR", "CONTROLLER EPOCH", "RECOVERY"),
                    List.of("topic", "partition", "leader", "leader_epoch", "isr", "controller_epoch", "leader_recovery_state"));
        }
    }

    @Command(name = "controller", header = "The controller broker, since when, and the controller epoch.",
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka controller")
    static final class Controller extends View {
        @Override
        void show(KafkaMetadata kafka) {
            List<KafkaZnode> znodes = kafka.controller();
            Map<String, Object> merged = new java.util.LinkedHashMap<>();
            merged.put("controller", null);
            znodes.forEach(z -> merged.putAll(z.fields()));
            List<Block.Field> fields = new ArrayList<>();
            merged.forEach((k, v) -> fields.add(new Block.Field(k.replace('_', ' '), cell(v))));
            if (merged.get("controller") == null) {
                fields.add(0, Block.Field.of("note", "no /controller znode: no broker is controller now (all down, or an election is on)"));
            }
            output().emit(merged, List.of(new Block.Fields(null, fields)));
        }
    }

    @Command(name = "reassignments", header = "Reassignments: a pending /admin/reassign_partitions and replicas being moved.",
            description = {"Lists the partitions named in /admin/reassign_partitions (the old way to ask), and every partition",
                "whose topic znode still has adding or removing replicas (a reassignment in progress)."},
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka reassignments -o json")
    static final class Reassignments extends View {
        /** JSON shape. */
        public record ReassignmentsView(Map<String, Object> request, List<Map<String, Object>> inProgress) {
        }

        @Override
        void show(KafkaMetadata kafka) {
            Map<String, Object> request = kafka.reassignmentRequest().map(KafkaZnode::fields).orElse(null);
            List<Map<String, Object>> moving = new ArrayList<>();
            for (KafkaZnode t : kafka.topics()) {
                Map<?, ?> adding = (Map<?, ?>) t.fields().get("adding_replicas");
                Map<?, ?> removing = (Map<?, ?>) t.fields().get("removing_replicas");
                java.util.Set<Object> partitions = new java.util.TreeSet<>();
                partitions.addAll(adding.keySet());
                partitions.addAll(removing.keySet());
                for (Object p : partitions) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("topic", t.fields().get("topic"));
                    m.put("partition", p);
                    m.put("replicas", ((Map<?, ?>) t.fields().get("partitions")).get(p));
                    m.put("adding", adding.get(p));
                    m.put("removing", removing.get(p));
                    moving.add(m);
                }
            }
            List<List<Cell>> rows = new ArrayList<>();
            if (request != null) {
                for (Object o : (List<?>) request.get("partitions")) {
                    Map<?, ?> p = (Map<?, ?>) o;
                    rows.add(List.of(Cell.of(p.get("topic")), Cell.of(p.get("partition")), cell(p.get("replicas")), Cell.of(null),
                            Cell.of(null), Cell.of("requested in /admin/reassign_partitions at " + request.get("requested_at"))));
                }
            }
            for (Map<String, Object> m : moving) {
                rows.add(List.of(Cell.of(m.get("topic")), Cell.of(m.get("partition")), cell(m.get("replicas")), cell(m.get("adding")),
                        cell(m.get("removing")), Cell.of("in progress")));
            }
            output().emit(new ReassignmentsView(request, moving), List.of(new Block.Table(null,
                    List.of("TOPIC", "PARTITION", "REPLICAS", "ADDING", "REMOVING", "STATE"), rows)));
        }
    }

    @Command(name = "preferred-elections", header = "A pending /admin/preferred_replica_election request.",
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka preferred-elections")
    static final class PreferredElections extends View {
        @Override
        void show(KafkaMetadata kafka) {
            table(kafka.preferredElectionRequest().stream().toList(), List.of("REQUESTED AT", "PARTITIONS"),
                    List.of("requested_at", "partitions"));
        }
    }

    @Command(name = "pending-deletes", header = "Topics marked for deletion in /admin/delete_topics.",
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka pending-deletes")
    static final class PendingDeletes extends View {
        @Override
        void show(KafkaMetadata kafka) {
            table(kafka.pendingDeletes(), List.of("TOPIC", "REQUESTED AT"), List.of("topic", "requested_at"));
        }
    }

    @Command(name = "isr-changes", header = "ISR change notifications the controller has not processed yet.",
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka isr-changes")
    static final class IsrChanges extends View {
        @Override
        void show(KafkaMetadata kafka) {
            table(kafka.isrChanges(), List.of("NOTIFICATION", "PARTITIONS"), List.of("notification", "partitions"));
        }
    }

    @Command(name = "configs", header = "Dynamic config overrides in /config: topics, brokers, users, clients, ips.",
            footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka configs", "  kzk zk kafka configs topics orders",
                "  kzk zk kafka configs brokers '<default>'"})
    static final class Configs extends View {
        @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE", description = "topics, brokers, users, clients or ips.")
        String type;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "One entity (a topic, a broker id, <default>).")
        String name;

        @Override
        void show(KafkaMetadata kafka) {
            List<KafkaZnode> configs = kafka.configs(type, name);
            List<List<Cell>> rows = new ArrayList<>();
            for (KafkaZnode c : configs) {
                ((Map<?, ?>) c.fields().get("config")).forEach((k, v) -> rows.add(List.of(Cell.of(c.fields().get("entity_type")),
                        Cell.of(c.fields().get("entity")), Cell.of(k), Cell.of(v))));
            }
            output().emit(configs.stream().map(KafkaZnode::fields).toList(),
                    List.of(new Block.Table(null, List.of("TYPE", "ENTITY", "KEY", "VALUE"), rows)));
        }
    }

    @Command(name = "cluster-id", header = "The cluster id in /cluster/id.", footerHeading = "%nExamples:%n",
            footer = "  kzk zk kafka cluster-id")
    static final class ClusterId extends View {
        @Override
        void show(KafkaMetadata kafka) {
            String id = kafka.clusterId().orElseThrow(() -> KzkException.notFound("no " + kafka.display("/cluster/id")
                    + " znode: no broker of this cluster has started yet"));
            output().emit(Map.of("cluster_id", id), List.of(new Block.Lines(null, List.of(Cell.of(id)))));
        }
    }

    @Command(name = "acls", header = "ACLs of the ZooKeeper-based authorizer, in /kafka-acl and /kafka-acl-extended.",
            footerHeading = "%nExamples:%n", footer = "  kzk zk kafka acls -o json")
    static final class Acls extends View {
        @Override
        void show(KafkaMetadata kafka) {
            List<KafkaZnode> resources = kafka.acls();
            List<List<Cell>> rows = new ArrayList<>();
            for (KafkaZnode r : resources) {
                for (Object o : (List<?>) r.fields().get("acls")) {
                    Map<?, ?> a = (Map<?, ?>) o;
                    rows.add(List.of(Cell.of(r.fields().get("resource_type")), Cell.of(r.fields().get("pattern_type")),
                            Cell.of(r.fields().get("resource")), Cell.of(a.get("principal")), Cell.of(a.get("permission")),
                            Cell.of(a.get("operation")), Cell.of(a.get("host"))));
                }
            }
            output().emit(resources.stream().map(KafkaZnode::fields).toList(), List.of(new Block.Table(null,
                    List.of("RESOURCE TYPE", "PATTERN", "RESOURCE", "PRINCIPAL", "PERMISSION", "OPERATION", "HOST"), rows)));
        }
    }
}
