package io.kzk.admin.consume;

import io.kzk.common.KzkException;
import io.kzk.common.Timestamps;

/**
 * Where to start (or, with {@code e@}, stop) reading a partition, in kcat's -o syntax:
 * {@code beginning}, {@code end}, {@code stored} (the group's committed offset), {@code N}
 * (absolute), {@code -N} (N before the end), {@code +N} (N after the beginning), {@code s@TIME}
 * (the first offset at or after TIME), {@code e@TIME} (stop before TIME). TIME is epoch ms,
 * ISO-8601, or relative like -1h. {@code P:SPEC} applies to partition P only.
 *
 * @param partition null for every partition
 */
public record OffsetSpec(Integer partition, Kind kind, long value) {
    public enum Kind { BEGINNING, END, STORED, ABSOLUTE, FROM_END, FROM_BEGINNING, TIMESTAMP, END_TIMESTAMP }

    public static OffsetSpec parse(String text) {
        String spec = text.trim();
        Integer partition = null;
        try {
            int colon = spec.indexOf(':');
            if (colon > 0 && spec.substring(0, colon).chars().allMatch(Character::isDigit) && !spec.startsWith("s@") && !spec.startsWith("e@")) {
                partition = Integer.parseInt(spec.substring(0, colon)); // a partition past int's range is refused below
                spec = spec.substring(colon + 1);
            }
            return switch (spec) {
                case "beginning" -> new OffsetSpec(partition, Kind.BEGINNING, 0);
                case "end" -> new OffsetSpec(partition, Kind.END, 0);
                case "stored" -> new OffsetSpec(partition, Kind.STORED, 0);
                default -> {
                    if (spec.startsWith("s@") || spec.startsWith("e@")) {
                        long at = Timestamps.parse(spec.substring(2), java.time.Clock.systemUTC(), java.time.ZoneId.systemDefault());
                        yield new OffsetSpec(partition, spec.startsWith("s@") ? Kind.TIMESTAMP : Kind.END_TIMESTAMP, at);
                    }
                    if (spec.startsWith("-")) {
                        yield new OffsetSpec(partition, Kind.FROM_END, positive(spec.substring(1)));
                    }
                    if (spec.startsWith("+")) {
                        yield new OffsetSpec(partition, Kind.FROM_BEGINNING, positive(spec.substring(1)));
                    }
                    yield new OffsetSpec(partition, Kind.ABSOLUTE, positive(spec));
                }
            };
        } catch (KzkException | NumberFormatException e) {
            throw KzkException.invalidInput("invalid offset '" + text + "': use beginning, end, stored, N, -N, +N, s@TIME or e@TIME"
                    + " (TIME: epoch ms, ISO-8601 or -1h), optionally PARTITION:SPEC");
        }
    }

    private static long positive(String number) {
        long n = Long.parseLong(number);
        if (n < 0) {
            throw new NumberFormatException(number);
        }
        return n;
    }
}
