package io.kzk.cli.output;

/** "1 message", "2 messages": counts in messages read as English. */
public final class Plural {
    private Plural() {
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** For nouns made plural by an s: {@code of(1, "message")} is "1 message". */
    public static String of(long n, String one) {
        return of(n, one, one + "s");
    }
}
