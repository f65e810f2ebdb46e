package io.kzk.cli.zk;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Output;
import io.kzk.cli.output.Style;
import io.kzk.zk.recipes.RecipeHolders;
import java.util.ArrayList;
import java.util.List;

/** Locks and elections as a table: one row a participant, the holder or leader marked. */
final class RecipeTable {
    private RecipeTable() {
    }

    static void emit(Output output, List<RecipeHolders.Recipe> recipes, String holdsHeader) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RecipeHolders.Recipe r : recipes) {
            for (RecipeHolders.Participant p : r.participants()) {
                rows.add(List.of(Cell.of(r.path()), Cell.of(r.kind()), Cell.of(p.sequence()), Cell.of(p.role()),
                        p.holds() ? Cell.styled("yes", Style.GOOD) : Cell.of("waiting"), Cell.of(p.id()), Cell.of(p.session()), Cell.of(p.node())));
            }
        }
        output.emit(recipes, List.of(new Block.Table(null, List.of("PATH", "KIND", "SEQUENCE", "ROLE", holdsHeader, "ID", "SESSION", "NODE"), rows)));
    }
}
