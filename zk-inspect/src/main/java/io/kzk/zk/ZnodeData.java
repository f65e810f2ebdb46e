package io.kzk.zk;

import io.kzk.common.Utf8;
import java.util.Optional;

/** What a znode's bytes are: text or binary. Decides how they are shown, grepped, exported and diffed. */
public final class ZnodeData {
    private ZnodeData() {
    }

    /** The data as UTF-8 text, if it is text (no control characters but tab, newline, carriage return). */
    public static Optional<String> text(byte[] data) {
        return Utf8.decode(data).filter(ZnodeData::printable);
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
