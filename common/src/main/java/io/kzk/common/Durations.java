package io.kzk.common;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations people type: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, or ISO-8601 {@code PT1M}. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = SIMPLE.matcher(trimmed);
        if (m.matches()) {
            try {
                long amount = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
                d.toMillis(); // every user of a duration counts in milliseconds: refuse what does not fit
                return d;
            } catch (NumberFormatException | ArithmeticException e) {
                throw KzkException.invalidInput("duration '" + text + "' is too long");
            }
        }
        if (trimmed.toUpperCase().startsWith("P")) {
            try {
                Duration d = Duration.parse(trimmed.toUpperCase());
                if (!d.isNegative()) {
                    d.toMillis(); // as above: what does not fit in milliseconds is refused here, not where it is used
                    return d;
                }
            } catch (ArithmeticException e) {
                throw KzkException.invalidInput("duration '" + text + "' is too long");
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw KzkException.invalidInput("invalid duration '" + text
                + "': use a number and a unit (500ms, 30s, 5m, 1h, 2d) or ISO-8601 (PT30S)");
    }

    /** The inverse of {@link #parse} for the common units, for messages: 30s, 1m30s, 250ms. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0 || ms < 1000) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder out = new StringBuilder();
        if (s >= 3600) {
            out.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            out.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }
}
