package io.kzk.cli.config;

import io.kzk.admin.config.ConfigChange;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.List;

/** What {@code config set} and {@code config delete} print. */
public record ConfigChangeDocument(String type, String name, boolean dryRun, List<ConfigChange> changes) {
    List<Block> blocks() {
        List<List<Cell>> rows = changes.stream().map(c -> List.of(Cell.of(c.name()),
                c.sensitive() ? Cell.styled("(sensitive)", Style.DIM) : Cell.of(c.before()),
                c.sensitive() ? Cell.styled("(sensitive)", Style.DIM)
                        : c.after() == null ? Cell.styled("(default)", Style.DIM) : Cell.styled(c.after(), Style.GOOD))).toList();
        return List.of(new Block.Table(dryRun ? "Would change (dry run, nothing changed)" : null,
                List.of("NAME", "BEFORE", "AFTER"), rows));
    }
}
