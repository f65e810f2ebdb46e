package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk kafka configs}. */
@Command(name = "configs", header = "Dynamic config overrides in /config: topics, brokers, users, clients, ips.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka configs", "  kzk zk kafka configs topics orders",
            "  kzk zk kafka configs brokers '<default>'"})
public final class ZkKafkaConfigsCommand extends ZkKafkaReadCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE", description = "topics, brokers, users, clients or ips.")
    String type;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "One entity (a topic, a broker id, <default>).")
    String name;

    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.Config> configs = kafka.configs(type, name);
        List<List<Cell>> rows = new ArrayList<>();
        for (KafkaZnode.Config c : configs) {
            c.config().forEach((k, v) -> rows.add(List.of(Cell.of(c.entityType()), Cell.of(c.entity()), Cell.of(k), Cell.of(v))));
        }
        output().emit(configs, List.of(new Block.Table(null, List.of("TYPE", "ENTITY", "KEY", "VALUE"), rows)));
    }
}
