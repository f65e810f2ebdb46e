package io.kzk.cli.context;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.settings.ContextSettings;
import io.kzk.cli.settings.KzkSettings;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk context set}: the global connection flags given here are what the context stores. */
@Command(name = "set", header = "Create or change a context from the connection flags given.",
        description = {
            "Creates context NAME, or changes it: the connection flags given with this command",
            "(-b, -z, --command-config, -X, --zk-auth, --zk-config) are stored in it; flags not given keep",
            "their stored value."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kzk context set prod -b kafka1:9092,kafka2:9092 -z zk1:2181/kafka --use",
            "  kzk context set prod --command-config ~/.kafka/prod-sasl.properties",
            "  kzk context set dev -b localhost:9092 -X client.id=me"})
public final class ContextSetCommand extends LeafCommand {
    @Parameters(paramLabel = "NAME", description = "The context to create or change.")
    String name;

    @Option(names = "--use", description = "Also make it the current context.")
    boolean use;

    @Override
    public Integer call() {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw KzkException.invalidInput("invalid context name '" + name + "': use letters, digits, '.', '_' and '-'");
        }
        ConnectionFlags flags = globals().connectionFlags();
        String commandConfig = flags.commandConfig() == null ? null
                : Path.of(flags.commandConfig()).toAbsolutePath().normalize().toString();
        String zkConfig = flags.zkConfig() == null ? null : Path.of(flags.zkConfig()).toAbsolutePath().normalize().toString();
        ContextSettings changes = new ContextSettings(flags.bootstrapServers(), flags.zookeeper(), commandConfig,
                flags.properties(), flags.zkAuth(), zkConfig);
        var store = environment().settingsFile();
        KzkSettings config = store.load();
        boolean created = config.context(name).isEmpty();
        KzkSettings next = config.withContext(name, config.context(name).orElse(ContextSettings.empty()).merge(changes));
        if (use) {
            next = next.withCurrent(name);
        }
        store.save(next);
        err().println("kzk: " + (created ? "created" : "updated") + " context '" + name + "' in " + store.file()
                + (use ? "; it is the current context" : ""));
        return 0;
    }
}
