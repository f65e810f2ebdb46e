package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka preferred-elections}. */
@Command(name = "preferred-elections", header = "A pending /admin/preferred_replica_election request.",
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka preferred-elections")
public final class ZkKafkaPreferredElectionsCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.PreferredElectionRequest> requests = kafka.preferredElectionRequest().stream().toList();
        List<List<Cell>> rows = requests.stream().map(r -> List.of(Cell.of(r.requestedAt()), cell(r.partitions()))).toList();
        output().emit(requests, List.of(new Block.Table(null, List.of("REQUESTED AT", "PARTITIONS"), rows)));
    }
}
