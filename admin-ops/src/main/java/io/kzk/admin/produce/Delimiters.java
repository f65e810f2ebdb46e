package io.kzk.admin.produce;

import io.kzk.common.KzkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Delimiters as kcat takes them: any string, with \n, \t, \r, \0 and \\ escapes; several bytes allowed. */
public final class Delimiters {
    private Delimiters() {
    }

    public static byte[] parse(String option, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                Escapes.write(text.charAt(++i), out);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (out.size() == 0) {
            throw KzkException.invalidInput("empty " + option + " delimiter: give at least one character, e.g. " + option + " '\\n'");
        }
        return out.toByteArray();
    }
}
