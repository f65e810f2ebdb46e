package io.kzk.cli.config;

import io.kzk.admin.config.ConfigTarget;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Splits {@code TYPE [NAME] ITEM...} as the config commands take it: broker-default has no name,
 * topic and broker have one.
 */
record ConfigTargetArguments(ConfigTarget target, List<String> items) {
    static ConfigTargetArguments parse(CommandSpec spec, ConfigTarget.Kind kind, List<String> rest) {
        if (kind == ConfigTarget.Kind.BROKER_DEFAULT) {
            return new ConfigTargetArguments(new ConfigTarget(kind, ""), List.copyOf(rest));
        }
        if (rest.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the " + kind.label() + "'s "
                    + (kind == ConfigTarget.Kind.TOPIC ? "name" : "id") + " after '" + kind.label() + "'");
        }
        return new ConfigTargetArguments(new ConfigTarget(kind, rest.get(0)), List.copyOf(rest.subList(1, rest.size())));
    }
}
