package io.kzk.cli.output;

/** The few meanings colour carries in kzk's tables; nothing is ever said by colour alone. */
public enum Style {
    NONE(""),
    BOLD("\u001b[1m"),
    DIM("\u001b[2m"),
    GOOD("\u001b[32m"),
    WARN("\u001b[33m"),
    BAD("\u001b[31;1m");

    private final String ansi;

    Style(String ansi) {
        this.ansi = ansi;
    }

    String apply(String text, boolean colour) {
        return !colour || this == NONE || text.isEmpty() ? text : ansi + text + "\u001b[0m";
    }
}
