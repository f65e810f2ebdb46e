package io.kzk.cli.kcat;

/**
 * JSON as kcat writes it through yajl: no spaces, keys in the order written (a key may repeat,
 * as in kcat -Q -J's map of topics), strings escaped as yajl escapes them.
 */
final class KcatJson {
    private final StringBuilder out = new StringBuilder();
    /** Whether the next value in the current object or array needs a comma before it. */
    private boolean comma;

    KcatJson open() {
        return begin('{');
    }

    KcatJson close() {
        return end('}');
    }

    KcatJson openArray() {
        return begin('[');
    }

    KcatJson closeArray() {
        return end(']');
    }

    private KcatJson begin(char bracket) {
        separate();
        out.append(bracket);
        comma = false;
        return this;
    }

    private KcatJson end(char bracket) {
        out.append(bracket);
        comma = true;
        return this;
    }

    /** A key; its value follows. */
    KcatJson key(String name) {
        separate();
        string(name);
        out.append(':');
        comma = false;
        return this;
    }

    KcatJson value(String text) {
        separate();
        string(text);
        comma = true;
        return this;
    }

    KcatJson value(long number) {
        separate();
        out.append(number);
        comma = true;
        return this;
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                                .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
