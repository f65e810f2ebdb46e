package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk kafka partitions}. */
@Command(name = "partitions", header = "Partition states: leader, leader epoch, ISR, controller epoch.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka partitions orders", "  kzk zk kafka partitions -o json"})
public final class ZkKafkaPartitionsCommand extends ZkKafkaReadCommand {
    @Parameters(arity = "0..1", paramLabel = "TOPIC", description = "One topic (default: all).")
    String topic;

    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.PartitionState> states = kafka.partitions(topic);
        List<List<Cell>> rows = states.stream().map(p -> List.of(Cell.of(p.topic()), Cell.of(p.partition()), Cell.of(p.leader()),
                Cell.of(p.leaderEpoch()), cell(p.isr()), Cell.of(p.controllerEpoch()), Cell.of(p.leaderRecoveryState()))).toList();
        output().emit(states, List.of(new Block.Table(null,
                List.of("TOPIC", "PARTITION", "LEADER", "LEADER EPOCH", "ISR", "CONTROLLER EPOCH", "RECOVERY"), rows)));
    }
}
