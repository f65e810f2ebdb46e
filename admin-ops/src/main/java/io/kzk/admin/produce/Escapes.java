package io.kzk.admin.produce;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** kcat's backslash escapes in delimiters and formats: \n, \t, \r, \0 and \\; any other is kept as typed. */
public final class Escapes {
    private Escapes() {
    }

    /** Writes the byte an escape {@code \}{@code e} stands for. */
    public static void write(char e, ByteArrayOutputStream out) {
        switch (e) {
            case 'n' -> out.write('\n');
            case 't' -> out.write('\t');
            case 'r' -> out.write('\r');
            case '0' -> out.write(0);
            case '\\' -> out.write('\\');
            default -> out.writeBytes(("\\" + e).getBytes(StandardCharsets.UTF_8));
        }
    }
}
