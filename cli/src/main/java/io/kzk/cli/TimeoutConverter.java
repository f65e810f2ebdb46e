package io.kzk.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * --timeout: a duration that Kafka's and ZooKeeper's clients can take. Their timeouts are int
 * milliseconds, so anything longer (about 24 days) would only fail later inside a client.
 */
public final class TimeoutConverter implements ITypeConverter<Duration> {
    static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);

    @Override
    public Duration convert(String value) {
        Duration d = new DurationConverter().convert(value);
        if (d.compareTo(MAX) > 0) {
            throw new TypeConversionException("timeout '" + value + "' is too long: the clients take at most "
                    + Integer.MAX_VALUE + "ms (24d)");
        }
        return d;
    }
}
