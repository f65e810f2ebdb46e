package io.kzk.cli.config;

import io.kzk.admin.config.ConfigTarget;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * topic, broker, broker-default; in any case, and with _ for - (the enum's own spelling), since
 * that is what a shell's completion of an enum would otherwise offer.
 */
public final class ConfigKindConverter implements ITypeConverter<ConfigTarget.Kind> {
    /** What completion offers: the labels, exactly as --help spells them. */
    public static final class Candidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ConfigTarget.Kind.values()).map(ConfigTarget.Kind::label).iterator();
        }
    }

    @Override
    public ConfigTarget.Kind convert(String value) {
        for (ConfigTarget.Kind kind : ConfigTarget.Kind.values()) {
            if (kind.label().equalsIgnoreCase(value.replace('_', '-'))) {
                return kind;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a config owner: use "
                + Arrays.stream(ConfigTarget.Kind.values()).map(ConfigTarget.Kind::label).collect(Collectors.joining(", ")));
    }
}
