package io.kzk.cli.config;

import io.kzk.admin.config.ConfigChange;
import io.kzk.admin.config.ConfigService;
import io.kzk.cli.LeafCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** {@code kzk config set}. */
@Command(name = "set", header = "Set configs (incrementally) on a topic, a broker or the broker defaults.",
        description = {
            "Sets the KEY=VALUE pairs and leaves every other config as it is. Unknown keys are refused",
            "before anything is sent (with the nearest known key for a typo); values the broker rejects",
            "are reported with its reason. --dry-run has the broker validate the change only."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk config set topic orders retention.ms=86400000 cleanup.policy=compact",
            "  kzk config set broker 1 log.cleaner.threads=2", "  kzk config set broker-default log.retention.hours=72 --dry-run"})
public final class ConfigSetCommand extends LeafCommand {
    @Mixin
    ConfigChangeArguments arguments;

    @Override
    public Integer call() {
        var args = arguments.parsed();
        Map<String, String> values = new LinkedHashMap<>();
        for (String item : args.items()) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "'" + item + "' is not KEY=VALUE");
            }
            values.put(item.substring(0, eq), item.substring(eq + 1));
        }
        List<ConfigChange> changes = new ConfigService(session().kafka()).set(args.target(), values, arguments.dryRun());
        ConfigChangeDocument document = new ConfigChangeDocument(args.target().kind().label(), args.target().name(),
                arguments.dryRun(), changes);
        output().emit(document, document.blocks());
        return 0;
    }
}
