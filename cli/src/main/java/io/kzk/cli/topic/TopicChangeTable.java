package io.kzk.cli.topic;

import io.kzk.admin.topic.TopicChange;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.List;

/** The table of what create, alter and delete did. */
final class TopicChangeTable {
    private TopicChangeTable() {
    }

    static List<Block> blocks(List<TopicChange> changes) {
        List<List<Cell>> rows = changes.stream().map(c -> List.of(Cell.of(c.topic()),
                Cell.styled(c.outcome().label().replace('_', ' '), style(c.outcome())),
                Cell.of(c.partitions()), Cell.of(c.replicationFactor()))).toList();
        return List.of(new Block.Table(null, List.of("TOPIC", "OUTCOME", "PARTITIONS", "RF"), rows));
    }

    private static Style style(TopicChange.Outcome outcome) {
        return switch (outcome) {
            case CREATED, PARTITIONS_ADDED, DELETED -> Style.GOOD;
            case VALIDATED, WOULD_DELETE -> Style.WARN;
            case EXISTS, UNCHANGED -> Style.NONE;
        };
    }
}
