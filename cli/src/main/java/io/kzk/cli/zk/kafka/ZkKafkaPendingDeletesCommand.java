package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka pending-deletes}. */
@Command(name = "pending-deletes", header = "Topics marked for deletion in /admin/delete_topics.",
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka pending-deletes")
public final class ZkKafkaPendingDeletesCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.TopicDeletionRequest> deletes = kafka.pendingDeletes();
        List<List<Cell>> rows = deletes.stream().map(d -> List.of(Cell.of(d.topic()), Cell.of(d.requestedAt()))).toList();
        output().emit(deletes, List.of(new Block.Table(null, List.of("TOPIC", "REQUESTED AT"), rows)));
    }
}
