package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka topics}. */
@Command(name = "topics", header = "Topics: id, replica assignment, replicas being added or removed.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka topics", "  kzk zk kafka topics -o json"})
public final class ZkKafkaTopicsCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.Topic> topics = kafka.topics();
        List<List<Cell>> rows = topics.stream().map(t -> List.of(Cell.of(t.topic()), Cell.of(t.topicId()),
                Cell.of(t.partitions().size()), Cell.of(t.replicationFactor()), cell(t.addingReplicas()),
                cell(t.removingReplicas()))).toList();
        output().emit(topics, List.of(new Block.Table(null,
                List.of("TOPIC", "TOPIC ID", "PARTITIONS", "RF", "ADDING", "REMOVING"), rows)));
    }
}
