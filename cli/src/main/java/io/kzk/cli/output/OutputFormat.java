package io.kzk.cli.output;

/** How results are written: {@code table} for people, {@code json}/{@code yaml} and {@code plain} for scripts. */
public enum OutputFormat {
    TABLE,
    JSON,
    YAML,
    /** Tab-separated values, no headers or titles: for cut, awk and while-read loops. */
    PLAIN
}
