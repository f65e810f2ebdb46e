package io.kzk.cli.config;

import io.kzk.admin.config.ConfigChange;
import io.kzk.admin.config.ConfigService;
import io.kzk.cli.LeafCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kzk config delete}: the default applies again. */
@Command(name = "delete", header = "Remove config overrides: the default applies again.",
        description = "Removes the named overrides from a topic, a broker or the broker defaults; every other config stays.",
        footerHeading = "%nExamples:%n",
        footer = {"  kzk config delete topic orders retention.ms", "  kzk config delete broker-default log.retention.hours --dry-run"})
public final class ConfigDeleteCommand extends LeafCommand {
    @Mixin
    ConfigChangeArguments arguments;

    @Override
    public Integer call() {
        var args = arguments.parsed();
        List<ConfigChange> changes = new ConfigService(session().kafka()).delete(args.target(), args.items(), arguments.dryRun());
        ConfigChangeDocument document = new ConfigChangeDocument(args.target().kind().label(), args.target().name(),
                arguments.dryRun(), changes);
        output().emit(document, document.blocks());
        return 0;
    }
}
