package io.kzk.cli.zk.kafka;

import io.kzk.admin.cluster.ClusterService;
import io.kzk.admin.topic.PartitionState;
import io.kzk.admin.topic.TopicMetadata;
import io.kzk.cli.DurationConverter;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.common.UnreachableException;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ensemble.EnsembleStatus;
import io.kzk.zk.kafka.KafkaConsistency;
import io.kzk.zk.kafka.KafkaMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk zk kafka check}. */
@Command(name = "check", header = "Cross-check ZooKeeper against the brokers; list what is stuck or inconsistent; exit 5 if anything.",
        description = {
            "Compares the partition states, registrations and topic config overrides in ZooKeeper with what",
            "the brokers serve through the Admin API (when -b or the context names them and they answer), and",
            "lists: leaders/ISR that disagree, replicas left adding/removing, reassignment, preferred-election",
            "and deletion requests older than --stale-after, topics without a topic id, config overrides the",
            "brokers do not serve, brokers registered by a session no server has connected (from 'cons'),",
            "registered-but-not-serving brokers, no controller; and notes on ZooKeeper→KRaft migration",
            "readiness. With every broker down, ZooKeeper's own checks still run. Exit 5 when a problem is found."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka check", "  kzk zk kafka check -o json --stale-after 30m"})
public final class ZkKafkaCheckCommand extends LeafCommand {
    @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "How long a reassignment, election or deletion may take before it counts as stuck (default: ${DEFAULT-VALUE}).")
    Duration staleAfter;

    @Override
    public Integer call() {
        KafkaMetadata kafka = new KafkaMetadata(session().zookeeper(), globals().timeout());
        var zk = KafkaConsistency.ZookeeperSide.read(kafka,
                EnsembleStatus.connectedSessions(ZkAddress.parse(session().connection().zookeeper()), globals().timeout()));
        KafkaConsistency.BrokerSide brokers = brokers();
        var report = KafkaConsistency.check(zk, brokers, Instant.now(), staleAfter);
        List<List<Cell>> problems = report.problems().stream().map(f -> List.of(Cell.styled(f.check(), Style.BAD),
                Cell.of(f.subject()), Cell.of(f.message()))).toList();
        List<List<Cell>> notes = report.notes().stream().map(f -> List.of(Cell.of(f.check()), Cell.of(f.subject()),
                Cell.of(f.message()))).toList();
        output().emit(report, List.of(
                new Block.Lines(null, List.of(report.healthy() ? Cell.styled("no problems found", Style.GOOD)
                        : Cell.styled(report.problems().size() + " problems found", Style.BAD))),
                new Block.Table("Problems", List.of("CHECK", "SUBJECT", "PROBLEM"), problems),
                new Block.Table("Notes", List.of("CHECK", "SUBJECT", "NOTE"), notes)));
        return report.healthy() ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }

    /** The brokers' side, or null (said on stderr) when no broker is named or none answers. */
    private KafkaConsistency.BrokerSide brokers() {
        if (session().connection().bootstrapServers() == null) {
            err().println("kzk: no Kafka cluster given (-b): only ZooKeeper's own consistency is checked");
            return null;
        }
        try {
            Set<Integer> live = new ClusterService(session().kafka()).brokers().stream().map(b -> b.id()).collect(Collectors.toSet());
            // partition states and topic overrides only: the check compares those, and offsets would cost two requests more
            TopicMetadata metadata = new TopicMetadata(session().kafka());
            Map<String, KafkaConsistency.ServedPartition> partitions = new HashMap<>();
            Set<String> topics = new java.util.TreeSet<>();
            for (PartitionState p : metadata.allPartitions()) {
                partitions.put(p.name(), new KafkaConsistency.ServedPartition(p.leader(), p.isr()));
                topics.add(p.topic());
            }
            Map<String, Map<String, String>> overrides = metadata.overrides(topics);
            return new KafkaConsistency.BrokerSide(live, partitions, overrides);
        } catch (UnreachableException e) {
            err().println("kzk: the brokers did not answer (" + e.getMessage() + "): only ZooKeeper's own consistency is checked");
            return null;
        }
    }
}
