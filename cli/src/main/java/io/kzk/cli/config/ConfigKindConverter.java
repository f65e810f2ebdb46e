package io.kzk.cli.config;

import io.kzk.admin.config.ConfigTarget;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** topic, broker, broker-default. */
public final class ConfigKindConverter implements ITypeConverter<ConfigTarget.Kind> {
    @Override
    public ConfigTarget.Kind convert(String value) {
        for (ConfigTarget.Kind kind : ConfigTarget.Kind.values()) {
            if (kind.label().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a config owner: use "
                + Arrays.stream(ConfigTarget.Kind.values()).map(ConfigTarget.Kind::label).collect(Collectors.joining(", ")));
    }
}
