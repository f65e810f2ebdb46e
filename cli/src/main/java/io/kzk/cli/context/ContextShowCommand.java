package io.kzk.cli.context;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.KzkSettings;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk context show}. */
@Command(name = "show", header = "Show a context's settings, secrets masked.",
        description = "Shows one context (the current one when no name is given); passwords, JAAS configs and keys are masked.",
        footerHeading = "%nExamples:%n", footer = {"  kzk context show", "  kzk context show prod -o yaml"})
public final class ContextShowCommand extends LeafCommand {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The context; default: the current one.")
    String name;

    @Override
    public Integer call() {
        var store = environment().settingsFile();
        KzkSettings config = store.load();
        String which = name != null ? name : config.currentContext();
        if (which == null) {
            throw KzkException.notFound("no current context in " + store.file()
                    + ": name one, or choose one with 'kzk context use NAME'");
        }
        var context = config.require(which, store.file());
        ContextDocument view = ContextDocument.of(which, context, which.equals(config.currentContext()));
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("name", view.name()));
        fields.add(Field.of("current", view.current()));
        fields.add(Field.of("bootstrap-servers", view.bootstrapServers()));
        fields.add(Field.of("zookeeper", view.zookeeper()));
        fields.add(Field.of("command-config", view.commandConfig()));
        fields.add(Field.of("zk-auth", view.zkAuth()));
        fields.add(Field.of("zk-config", view.zkConfig()));
        view.properties().forEach((k, v) -> fields.add(Field.of(k, v)));
        output().emit(view, List.of(new Block.Fields(null, fields)));
        return 0;
    }
}
