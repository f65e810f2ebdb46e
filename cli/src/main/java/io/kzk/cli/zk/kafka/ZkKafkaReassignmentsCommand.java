package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import io.kzk.zk.kafka.PartitionMove;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka reassignments}. */
@Command(name = "reassignments", header = "Reassignments: a pending /admin/reassign_partitions and replicas being moved.",
        description = {"Lists the partitions named in /admin/reassign_partitions (the old way to ask), and every partition",
            "whose topic znode still has adding or removing replicas (a reassignment in progress)."},
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka reassignments -o json")
public final class ZkKafkaReassignmentsCommand extends ZkKafkaReadCommand {
    /** JSON shape: the request znode (null when there is none) and the partitions being moved. */
    public record ReassignmentsDocument(KafkaZnode.ReassignmentRequest request, List<PartitionMove> inProgress) {
    }

    @Override
    void show(KafkaMetadata kafka) {
        KafkaZnode.ReassignmentRequest request = kafka.reassignmentRequest().orElse(null);
        List<PartitionMove> moving = kafka.reassignmentsInProgress();
        List<List<Cell>> rows = new ArrayList<>();
        if (request != null) {
            for (KafkaZnode.ReassignmentRequest.Move p : request.partitions()) {
                rows.add(List.of(Cell.of(p.topic()), Cell.of(p.partition()), cell(p.replicas()), Cell.of(null),
                        Cell.of(null), Cell.of("requested in /admin/reassign_partitions at " + request.requestedAt())));
            }
        }
        for (PartitionMove m : moving) {
            rows.add(List.of(Cell.of(m.topic()), Cell.of(m.partition()), cell(m.replicas()), cell(m.adding()),
                    cell(m.removing()), Cell.of("in progress")));
        }
        output().emit(new ReassignmentsDocument(request, moving), List.of(new Block.Table(null,
                List.of("TOPIC", "PARTITION", "REPLICAS", "ADDING", "REMOVING", "STATE"), rows)));
    }
}
