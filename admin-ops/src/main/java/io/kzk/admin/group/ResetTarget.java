package io.kzk.admin.group;

import io.kzk.common.KzkException;
import java.time.Duration;

/** Where reset-offsets moves a group: earliest, latest, an offset, a time, a duration ago, or a shift. */
public record ResetTarget(Kind kind, long value) {
    public enum Kind { EARLIEST, LATEST, OFFSET, DATETIME, DURATION, SHIFT, FILE }

    public static ResetTarget duration(Duration ago) {
        if (ago.isNegative()) {
            throw KzkException.invalidInput("--by-duration must be positive, e.g. PT1H or 1h");
        }
        return new ResetTarget(Kind.DURATION, ago.toMillis());
    }
}
