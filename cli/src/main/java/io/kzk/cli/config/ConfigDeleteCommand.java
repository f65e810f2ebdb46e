package io.kzk.cli.config;

import io.kzk.admin.config.ConfigChange;
import io.kzk.admin.config.ConfigService;
import io.kzk.admin.config.ConfigTarget;
import io.kzk.cli.LeafCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk config delete}: the default applies again. */
@Command(name = "delete", header = "Remove config overrides: the default applies again.",
        description = "Removes the named overrides from a topic, a broker or the broker defaults; every other config stays.",
        footerHeading = "%nExamples:%n",
        footer = {"  kzk config delete topic orders retention.ms", "  kzk config delete broker-default log.retention.hours --dry-run"})
public final class ConfigDeleteCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "TYPE", converter = ConfigKindConverter.class,
            completionCandidates = ConfigKindConverter.Candidates.class, description = "topic, broker or broker-default.")
    ConfigTarget.Kind kind;

    @Parameters(index = "1..*", paramLabel = "NAME KEY", description = "The topic name or broker id (none for broker-default), then config keys.")
    List<String> rest = new ArrayList<>();

    @Option(names = "--dry-run", description = "Validate only; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        var args = ConfigTargetArguments.parse(spec, kind, rest);
        List<ConfigChange> changes = new ConfigService(session().kafka()).delete(args.target(), args.items(), dryRun);
        ConfigChangeDocument document = new ConfigChangeDocument(kind.label(), args.target().name(), dryRun, changes);
        output().emit(document, document.blocks());
        return 0;
    }
}
