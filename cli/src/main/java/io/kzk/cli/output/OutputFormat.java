package io.kzk.cli.output;

/** How results are written: {@code table} for people, {@code json}/{@code yaml} and {@code plain} for scripts. */
public enum OutputFormat {
    TABLE,
    JSON,
    YAML,
    /** Tab-separated values, no headers or titles: for cut, awk and while-read loops. */
    PLAIN;

    /** The format a -o value names, case-insensitively; null when it names none. */
    public static OutputFormat parse(String value) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        return null;
    }
}
