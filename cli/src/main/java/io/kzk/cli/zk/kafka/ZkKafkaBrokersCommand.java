package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka brokers}. */
@Command(name = "brokers", header = "Registered brokers: endpoints, rack, registration time, session.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka brokers", "  kzk zk kafka brokers -o json"})
public final class ZkKafkaBrokersCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.Broker> brokers = kafka.brokers();
        List<List<Cell>> rows = brokers.stream().map(b -> List.of(Cell.of(b.broker()), cell(b.endpoints()), Cell.of(b.rack()),
                Cell.of(b.registeredAt()), Cell.of(b.session()), Cell.of(b.registrationVersion()))).toList();
        output().emit(brokers, List.of(new Block.Table(null,
                List.of("BROKER", "ENDPOINTS", "RACK", "REGISTERED AT", "SESSION", "VERSION"), rows)));
    }
}
