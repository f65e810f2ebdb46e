package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.zk.kafka.KafkaMetadata;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka cluster-id}. */
@Command(name = "cluster-id", header = "The cluster id in /cluster/id.", footerHeading = "%nExamples:%n",
        footer = "  kzk zk kafka cluster-id")
public final class ZkKafkaClusterIdCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        String id = kafka.clusterId().orElseThrow(() -> KzkException.notFound("no " + kafka.display("/cluster/id")
                + " znode: no broker of this cluster has started yet"));
        output().emit(Map.of("cluster_id", id), List.of(new Block.Lines(null, List.of(Cell.of(id)))));
    }
}
