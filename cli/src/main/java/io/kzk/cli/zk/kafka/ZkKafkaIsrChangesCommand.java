package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka isr-changes}. */
@Command(name = "isr-changes", header = "ISR change notifications the controller has not processed yet.",
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka isr-changes")
public final class ZkKafkaIsrChangesCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.IsrChangeNotification> changes = kafka.isrChanges();
        List<List<Cell>> rows = changes.stream().map(c -> List.of(Cell.of(c.notification()), cell(c.partitions()))).toList();
        output().emit(changes, List.of(new Block.Table(null, List.of("NOTIFICATION", "PARTITIONS"), rows)));
    }
}
