package io.kzk.cli.output;

import java.util.Collection;
import java.util.stream.Collectors;

/** Text to show in a table, with an optional style; null values show as "-" in tables and "" in plain output. */
public record Cell(String text, Style style) {
    public static Cell of(Object value) {
        return new Cell(value == null ? null : String.valueOf(value), Style.NONE);
    }

    public static Cell styled(Object value, Style style) {
        return new Cell(value == null ? null : String.valueOf(value), style);
    }

    /** A list of ids, as Kafka's tools print replica lists: {@code 1,2,3}. */
    public static Cell list(Collection<?> values) {
        return of(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
