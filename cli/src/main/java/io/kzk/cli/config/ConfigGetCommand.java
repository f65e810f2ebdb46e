package io.kzk.cli.config;

import io.kzk.admin.config.ConfigService;
import io.kzk.admin.config.ConfigTarget;
import io.kzk.admin.config.ConfigValue;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code kzk config get}. */
@Command(name = "get", header = "Show configs with their values and where they come from.",
        description = {
            "Shows the configs of a topic, a broker, or the broker defaults: value, source (default,",
            "static_broker_config, dynamic_broker_config, dynamic_default_broker_config,",
            "dynamic_topic_config...) and whether it is sensitive (sensitive values are never shown).",
            "Only the configs that are not Kafka's defaults, unless --all."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk config get topic orders", "  kzk config get broker 1 --all", "  kzk config get broker-default -o json"})
public final class ConfigGetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "TYPE", converter = ConfigKindConverter.class,
            completionCandidates = ConfigKindConverter.Candidates.class, description = "topic, broker or broker-default.")
    ConfigTarget.Kind kind;

    @Parameters(index = "1..*", paramLabel = "NAME", description = "The topic name or broker id (none for broker-default).")
    List<String> rest = new ArrayList<>();

    @Option(names = "--all", description = "Every effective config, defaults included.")
    boolean all;

    /** What {@code config get} prints as JSON or YAML. */
    public record ConfigDocument(String type, String name, List<ConfigValue> configs) {
    }

    @Override
    public Integer call() {
        var args = ConfigTargetArguments.parse(spec, kind, rest);
        if (!args.items().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unexpected " + args.items() + ": 'config get' takes TYPE and NAME only");
        }
        List<ConfigValue> configs = new ConfigService(session().kafka()).get(args.target(), all);
        List<List<Cell>> rows = new ArrayList<>();
        for (ConfigValue c : configs) {
            rows.add(List.of(Cell.of(c.name()), c.sensitive() ? Cell.styled("(sensitive)", Style.DIM) : Cell.of(c.value()),
                    Cell.styled(c.source(), c.source().equals("default_config") ? Style.DIM : Style.NONE)));
        }
        output().emit(new ConfigDocument(kind.label(), args.target().name(), configs),
                List.of(new Block.Table(null, List.of("NAME", "VALUE", "SOURCE"), rows)));
        return 0;
    }
}
