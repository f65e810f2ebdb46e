package io.kzk.cli;

import io.kzk.common.Durations;
import io.kzk.common.KzkException;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets options take durations as people write them: 500ms, 30s, 5m, PT1M. */
public final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            Duration d = Durations.parse(value);
            if (d.isZero()) {
                throw new TypeConversionException("a duration of zero waits for nothing: give at least 1ms");
            }
            return d;
        } catch (KzkException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
