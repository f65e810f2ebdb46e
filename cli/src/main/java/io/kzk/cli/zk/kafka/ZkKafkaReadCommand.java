package io.kzk.cli.zk.kafka;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import java.util.Collection;
import java.util.Map;

/** A {@code kzk zk kafka} leaf that reads part of Kafka's znodes through {@link KafkaMetadata} and shows it. */
abstract class ZkKafkaReadCommand extends LeafCommand {
    @Override
    public Integer call() {
        show(new KafkaMetadata(session().zookeeper(), globals().timeout()));
        return 0;
    }

    abstract void show(KafkaMetadata kafka);

    /** A table cell for a decoded value: lists as lists, maps as text, an empty map as nothing. */
    static Cell cell(Object value) {
        if (value instanceof Collection<?> c) {
            return Cell.list(c);
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty() ? Cell.of(null) : Cell.of(m.toString());
        }
        return Cell.of(value);
    }
}
