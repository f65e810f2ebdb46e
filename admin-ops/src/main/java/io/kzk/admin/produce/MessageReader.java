package io.kzk.admin.produce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.common.KzkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns input into messages the way kcat does: one a delimiter (newline by default), empty
 * messages skipped (an empty line, nothing between two delimiters; kept only when asked), an
 * optional key delimiter splitting key from value, empty keys and values as null with -Z, fixed key,
 * partition and headers; or, with JSON envelopes, one object a line with key, payload, headers
 * and partition, as kzk consume -J (and kcat -J) write them.
 */
public final class MessageReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How to read.
     *
     * @param delimiter     message delimiter bytes
     * @param keyDelimiter  null for no key in the input
     * @param nullEmpty     -Z: empty key or value sent as null
     * @param fixedKey      -k: every message's key, or null
     * @param partition     -p: every message's partition, or null
     * @param headers       -H: headers on every message
     * @param jsonEnvelope  -J: one JSON object a line
     * @param skipBad       report malformed JSON lines and go on instead of stopping
     * @param keepEmpty     send empty messages (as empty, or null with -Z) instead of skipping them as kcat does
     */
    public record Format(byte[] delimiter, byte[] keyDelimiter, boolean nullEmpty, byte[] fixedKey, Integer partition,
                         List<Map.Entry<String, byte[]>> headers, boolean jsonEnvelope, boolean skipBad, boolean keepEmpty) {
        public Format {
            headers = List.copyOf(headers);
        }
    }

    private final Format format;
    private final Consumer<String> warnings;

    public MessageReader(Format format, Consumer<String> warnings) {
        this.format = format;
        this.warnings = warnings;
    }

    /**
     * Reads {@code in} to its end, handing each message over as it is read. A message read from
     * lines is a view of the read buffer, and the same object comes again with the next message:
     * it is valid only during the call ({@link OutgoingMessage}).
     *
     * @param source the input's name for messages: "stdin" or a file name
     * @return how many messages were read
     */
    public long read(InputStream in, String source, Consumer<OutgoingMessage> messages) throws IOException {
        if (format.jsonEnvelope()) {
            return readJson(in, source, messages);
        }
        OutgoingMessage m = new OutgoingMessage();
        m.routing(format.partition(), format.headers());
        long[] line = new long[1];
        long[] count = new long[1];
        MessageSplitter.split(in, format.delimiter(), (data, offset, length) -> {
            line[0]++;
            if (length > 0 || format.keepEmpty()) {
                fill(m, data, offset, length);
                m.line(line[0]);
                messages.accept(m);
                count[0]++;
            }
        });
        return count[0];
    }

    /** One whole input (a file with --file-per-message) as one message. */
    public OutgoingMessage whole(byte[] bytes) {
        OutgoingMessage m = new OutgoingMessage();
        m.routing(format.partition(), format.headers());
        fill(m, bytes, 0, bytes.length);
        m.line(1);
        return m;
    }

    /** Key (after -K's delimiter, or -k's) and value of one message of {@code length} bytes of {@code data} from {@code offset}. */
    private void fill(OutgoingMessage m, byte[] data, int offset, int length) {
        byte[] fixedKey = format.fixedKey();
        if (fixedKey != null) {
            m.key(fixedKey, 0, fixedKey.length);
        } else {
            m.key(null, 0, -1);
        }
        int valueOffset = offset;
        int valueLength = length;
        byte[] keyDelimiter = format.keyDelimiter();
        if (keyDelimiter != null) {
            int at = indexOf(data, offset, offset + length, keyDelimiter);
            if (at >= 0) {
                m.key(data, offset, at - offset);
                valueOffset = at + keyDelimiter.length;
                valueLength = offset + length - valueOffset;
            }
        }
        if (format.nullEmpty()) {
            if (m.keyLength() == 0) {
                m.key(null, 0, -1);
            }
            if (valueLength == 0) {
                valueLength = -1;
            }
        }
        m.value(data, valueOffset, valueLength);
    }

    private long readJson(InputStream in, String source, Consumer<OutgoingMessage> messages) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        long line = 0;
        long count = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            OutgoingMessage m;
            try {
                m = envelope(text, line);
            } catch (KzkException e) {
                String where = source + ":" + line + ": " + e.getMessage();
                if (!format.skipBad()) {
                    throw KzkException.invalidInput(where + " (the " + count + " messages before it were sent; --skip-bad goes on past such lines)");
                }
                warnings.accept(where + ": skipped");
                continue;
            }
            messages.accept(m);
            count++;
        }
        return count;
    }

    private OutgoingMessage envelope(String text, long line) {
        JsonNode j;
        try {
            j = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw KzkException.invalidInput("not JSON: " + e.getOriginalMessage());
        }
        if (j == null || !j.isObject()) {
            throw KzkException.invalidInput("not a JSON object with key, payload, headers, partition");
        }
        byte[] key = bytes(j, "key");
        byte[] value = bytes(j, "payload");
        if (key == null && format.fixedKey() != null) {
            key = format.fixedKey();
        }
        Integer partition = format.partition();
        if (j.hasNonNull("partition")) {
            if (!j.get("partition").canConvertToInt() || j.get("partition").asInt() < 0) {
                throw KzkException.invalidInput("\"partition\" must be a partition number");
            }
            partition = j.get("partition").asInt();
        }
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>(format.headers());
        JsonNode h = j.get("headers");
        if (h != null && !h.isNull()) {
            if (h.isArray()) { // kcat: ["name", "value", "name2", "value2"]
                if (h.size() % 2 != 0) {
                    throw KzkException.invalidInput("\"headers\" as an array holds name, value pairs: an even number of strings");
                }
                for (int i = 0; i < h.size(); i += 2) {
                    headers.add(new AbstractMap.SimpleEntry<>(h.get(i).asText(),
                            h.get(i + 1).isNull() ? null : h.get(i + 1).asText().getBytes(StandardCharsets.UTF_8)));
                }
            } else if (h.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
                    var e = it.next();
                    headers.add(new AbstractMap.SimpleEntry<>(e.getKey(),
                            e.getValue().isNull() ? null : e.getValue().asText().getBytes(StandardCharsets.UTF_8)));
                }
            } else {
                throw KzkException.invalidInput("\"headers\" must be an array of name, value strings or an object");
            }
        }
        return OutgoingMessage.of(key, value, partition, headers, line);
    }

    /** A string field, decoded as its "*_encoding" sibling says (base64), else UTF-8; null when absent or null. */
    private static byte[] bytes(JsonNode j, String field) {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.isTextual() ? v.asText() : v.toString();
        if ("base64".equals(j.path(field + "_encoding").asText(null))) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw KzkException.invalidInput("\"" + field + "\" is not valid base64");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first {@code pattern} in {@code data[from, to)}, or -1. */
    private static int indexOf(byte[] data, int from, int to, byte[] pattern) {
        outer:
        for (int i = from; i + pattern.length <= to; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
