package io.kzk.cli.config;

import io.kzk.admin.config.ConfigTarget;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What config set and config delete both take: TYPE, the topic name or broker id, the configs
 * to change, and --dry-run. What a config is (KEY=VALUE to set, KEY to delete) is each command's.
 */
final class ConfigChangeArguments {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "TYPE", converter = ConfigKindConverter.class,
            completionCandidates = ConfigKindConverter.Candidates.class, description = "topic, broker or broker-default.")
    ConfigTarget.Kind kind;

    @Parameters(index = "1..*", paramLabel = "NAME CONFIG", description = "The topic name or broker id (none for broker-default),"
            + " then the configs: KEY=VALUE pairs to set, keys to delete.")
    List<String> rest = new ArrayList<>();

    @Option(names = "--dry-run", description = "Validate only; change nothing.")
    boolean dryRun;

    ConfigTargetArguments parsed() {
        return ConfigTargetArguments.parse(command, kind, rest);
    }

    boolean dryRun() {
        return dryRun;
    }
}
