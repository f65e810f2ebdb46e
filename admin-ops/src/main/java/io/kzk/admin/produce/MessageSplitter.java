package io.kzk.admin.produce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into messages at a delimiter of one or more bytes, reading in 64 KB
 * blocks; a trailing delimiter does not make an empty last message.
 */
final class MessageSplitter {
    private MessageSplitter() {
    }

    /** @return how many messages were found */
    static long split(InputStream in, byte[] delimiter, Consumer<byte[]> messages) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream current = new ByteArrayOutputStream(256);
        int matched = 0; // bytes of the delimiter matched at the end of current
        long count = 0;
        int n;
        boolean any = false;
        while ((n = in.read(buffer)) > 0) {
            any = true;
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (delimiter.length == 1) {
                    if (b == delimiter[0]) {
                        current.write(buffer, start, i - start);
                        messages.accept(current.toByteArray());
                        count++;
                        current.reset();
                        start = i + 1;
                    }
                    continue;
                }
                if (b == delimiter[matched]) {
                    matched++;
                    if (matched == delimiter.length) {
                        current.write(buffer, start, i + 1 - start);
                        byte[] all = current.toByteArray();
                        byte[] message = java.util.Arrays.copyOf(all, all.length - delimiter.length);
                        messages.accept(message);
                        count++;
                        current.reset();
                        start = i + 1;
                        matched = 0;
                    }
                } else if (matched > 0) {
                    // Restart matching; simple delimiters (no self-overlap) are the norm: ';;', '|\n'.
                    matched = b == delimiter[0] ? 1 : 0;
                }
            }
            current.write(buffer, start, n - start);
        }
        if (any && current.size() > 0) {
            messages.accept(current.toByteArray());
            count++;
        }
        return count;
    }
}
