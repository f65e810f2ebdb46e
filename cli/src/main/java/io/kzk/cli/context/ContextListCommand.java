package io.kzk.cli.context;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.KzkSettings;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk context list}. */
@Command(name = "list", aliases = "ls", header = "List contexts; the current one is marked *.",
        description = "Lists the contexts of the config file with their bootstrap servers and ZooKeeper.",
        footerHeading = "%nExamples:%n", footer = {"  kzk context list", "  kzk context list -o json"})
public final class ContextListCommand extends LeafCommand {
    @Override
    public Integer call() {
        KzkSettings config = environment().settingsFile().load();
        List<ContextDocument> views = config.contexts().entrySet().stream()
                .map(e -> ContextDocument.of(e.getKey(), e.getValue(), e.getKey().equals(config.currentContext()))).toList();
        List<List<Cell>> rows = views.stream().map(v -> List.of(
                Cell.styled(v.current() ? "*" : "", Style.GOOD), Cell.of(v.name()),
                Cell.of(v.bootstrapServers()), Cell.of(v.zookeeper()))).toList();
        output().emit(views, List.of(new Block.Table(null, List.of("CURRENT", "NAME", "BOOTSTRAP SERVERS", "ZOOKEEPER"), rows)));
        return 0;
    }
}
