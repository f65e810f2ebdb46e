package io.kzk.cli.output;

import java.util.List;

/** A part of a human-readable view: a table, labelled fields, or lines of text. */
public sealed interface Block {
    /** A heading shown above the block in tables, or null. */
    String title();

    /** Rows under headers; {@code title} may be null. */
    record Table(String title, List<String> headers, List<List<Cell>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** Label/value pairs, one a line. */
    record Fields(String title, List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One labelled value. */
    record Field(String label, Cell value) {
        public static Field of(String label, Object value) {
            return new Field(label, Cell.of(value));
        }
    }

    /** Free lines: problems, hints. */
    record Lines(String title, List<Cell> lines) implements Block {
        public Lines {
            lines = List.copyOf(lines);
        }
    }
}
