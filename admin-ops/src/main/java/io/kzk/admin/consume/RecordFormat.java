package io.kzk.admin.consume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kzk.common.KzkException;
import io.kzk.common.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * How a consumed message is written, as kcat writes it: the payload and a newline by default;
 * with -K DELIM the key, the delimiter and the payload; with -f FORMAT kcat's tokens
 * ({@code %t %p %o %k %K %s %S %R %T %h %%}, and {@code \n \t \r \\} escapes); with -J one JSON
 * object a line with kcat's envelope fields (topic, partition, offset, tstype, ts, broker,
 * headers, key, payload), binary keys and payloads in base64 with a "*_encoding" field so that
 * kzk produce -J sends them back byte for byte. Keys and values can be shown as string, hex,
 * base64 or (pretty) json.
 */
public final class RecordFormat {
    /** How a key or value is shown. */
    public enum Encoding { STRING, HEX, BASE64, JSON }

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory JSON = new JsonFactory();

    private sealed interface Token permits Literal, Field {
    }

    private record Literal(byte[] bytes) implements Token {
    }

    private record Field(char code) implements Token {
    }

    private final List<Token> tokens;
    private final boolean json;
    private final Encoding keyEncoding;
    private final Encoding valueEncoding;
    private final boolean prettyJson;
    /** What a null key or payload is written as outside JSON: nothing, or kcat -Z's "NULL". */
    private final byte[] nullText;

    private RecordFormat(List<Token> tokens, boolean json, Encoding keyEncoding, Encoding valueEncoding, boolean prettyJson,
                         byte[] nullText) {
        this.tokens = tokens;
        this.json = json;
        this.keyEncoding = keyEncoding;
        this.valueEncoding = valueEncoding;
        this.prettyJson = prettyJson;
        this.nullText = nullText;
    }

    /** The same format, writing null keys and payloads as {@code NULL} (kcat's -Z); JSON keeps its null. */
    public RecordFormat nullsAsText() {
        return new RecordFormat(tokens, json, keyEncoding, valueEncoding, prettyJson, "NULL".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param format       -f, or null
     * @param keyDelimiter -K, or null
     * @param prettyJson   pretty-print json-encoded values (on a terminal)
     */
    public static RecordFormat of(String format, String keyDelimiter, boolean json, Encoding keyEncoding, Encoding valueEncoding,
                                  boolean prettyJson) {
        if (json) {
            return new RecordFormat(List.of(), true, keyEncoding, valueEncoding, false, new byte[0]);
        }
        String f = format != null ? format : keyDelimiter != null ? "%k" + escapePercent(keyDelimiter) + "%s\\n" : "%s\\n";
        return new RecordFormat(compile(f), false, keyEncoding, valueEncoding, prettyJson, new byte[0]);
    }

    private static String escapePercent(String s) {
        return s.replace("%", "%%");
    }

    static List<Token> compile(String format) {
        List<Token> out = new ArrayList<>();
        ByteArrayOutputStream literal = new ByteArrayOutputStream();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 >= format.length()) {
                    throw KzkException.invalidInput("invalid format '" + format + "': a lone % at the end; write %% for a percent sign");
                }
                char code = format.charAt(++i);
                if (code == '%') {
                    literal.write('%');
                    continue;
                }
                if ("tpokKsSRTh".indexOf(code) < 0) {
                    throw KzkException.invalidInput("invalid format '" + format + "': unknown token %" + code
                            + " (known: %t topic, %p partition, %o offset, %k key, %K key length, %s payload, %S payload length,"
                            + " %R payload length as 4 bytes, %T timestamp, %h headers, %% percent)");
                }
                if (literal.size() > 0) {
                    out.add(new Literal(literal.toByteArray()));
                    literal.reset();
                }
                out.add(new Field(code));
            } else if (c == '\\' && i + 1 < format.length()) {
                io.kzk.admin.produce.Escapes.write(format.charAt(++i), literal);
            } else {
                literal.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (literal.size() > 0) {
            out.add(new Literal(literal.toByteArray()));
        }
        return out;
    }

    /** Appends one record's rendering to {@code out}. */
    public void write(ConsumerRecord<byte[], byte[]> r, Integer leader, ByteArrayOutputStream out) {
        if (json) {
            writeJson(r, leader, out);
            return;
        }
        for (Token t : tokens) {
            if (t instanceof Literal l) {
                out.writeBytes(l.bytes());
                continue;
            }
            switch (((Field) t).code()) {
                case 't' -> out.writeBytes(r.topic().getBytes(StandardCharsets.UTF_8));
                case 'p' -> out.writeBytes(Integer.toString(r.partition()).getBytes(StandardCharsets.UTF_8));
                case 'o' -> out.writeBytes(Long.toString(r.offset()).getBytes(StandardCharsets.UTF_8));
                case 'k' -> out.writeBytes(r.key() == null ? nullText : encode(r.key(), keyEncoding, prettyJson));
                case 'K' -> out.writeBytes(Integer.toString(r.key() == null ? -1 : r.key().length).getBytes(StandardCharsets.UTF_8));
                case 's' -> out.writeBytes(r.value() == null ? nullText : encode(r.value(), valueEncoding, prettyJson));
                case 'S' -> out.writeBytes(Integer.toString(r.value() == null ? -1 : r.value().length).getBytes(StandardCharsets.UTF_8));
                case 'R' -> out.writeBytes(ByteBuffer.allocate(4).putInt(r.value() == null ? -1 : r.value().length).array());
                case 'T' -> out.writeBytes(Long.toString(r.timestamp()).getBytes(StandardCharsets.UTF_8));
                case 'h' -> out.writeBytes(headers(r).getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalStateException();
            }
        }
    }

    private static String headers(ConsumerRecord<byte[], byte[]> r) {
        StringBuilder sb = new StringBuilder();
        for (Header h : r.headers()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(h.key()).append('=').append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private void writeJson(ConsumerRecord<byte[], byte[]> r, Integer leader, ByteArrayOutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("topic", r.topic());
            g.writeNumberField("partition", r.partition());
            g.writeNumberField("offset", r.offset());
            g.writeStringField("tstype", switch (r.timestampType()) {
                case CREATE_TIME -> "create";
                case LOG_APPEND_TIME -> "logappend";
                default -> "none";
            });
            g.writeNumberField("ts", r.timestamp());
            if (leader == null) {
                g.writeNullField("broker");
            } else {
                g.writeNumberField("broker", leader);
            }
            if (r.headers().iterator().hasNext()) { // kcat leaves "headers" out when there are none
                g.writeArrayFieldStart("headers");
                for (Header h : r.headers()) {
                    g.writeString(h.key());
                    if (h.value() == null) {
                        g.writeNull();
                    } else {
                        g.writeString(new String(h.value(), StandardCharsets.UTF_8));
                    }
                }
                g.writeEndArray();
            }
            field(g, "key", r.key(), keyEncoding);
            field(g, "payload", r.value(), valueEncoding);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
    }

    /** A JSON field: text as a string; binary (or base64/hex when asked) with an "*_encoding" field. */
    private static void field(JsonGenerator g, String name, byte[] bytes, Encoding encoding) throws IOException {
        if (bytes == null) {
            g.writeNullField(name);
            return;
        }
        String text = encoding == Encoding.STRING || encoding == Encoding.JSON ? Utf8.decode(bytes).orElse(null) : null;
        if (text != null) {
            g.writeStringField(name, text);
        } else if (encoding == Encoding.HEX) {
            g.writeStringField(name, HexFormat.of().formatHex(bytes));
            g.writeStringField(name + "_encoding", "hex");
        } else {
            g.writeStringField(name, Base64.getEncoder().encodeToString(bytes));
            g.writeStringField(name + "_encoding", "base64");
        }
    }

    private static byte[] encode(byte[] bytes, Encoding encoding, boolean pretty) {
        if (bytes == null) {
            return new byte[0];
        }
        return switch (encoding) {
            case STRING -> bytes;
            case HEX -> HexFormat.of().formatHex(bytes).getBytes(StandardCharsets.US_ASCII);
            case BASE64 -> Base64.getEncoder().encode(bytes);
            case JSON -> {
                if (!pretty) {
                    yield bytes;
                }
                try {
                    yield PRETTY.writeValueAsBytes(PRETTY.readTree(bytes));
                } catch (IOException e) {
                    yield bytes;
                }
            }
        };
    }

    public static Encoding encoding(String option, String name) {
        try {
            return Encoding.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KzkException.invalidInput("invalid " + option + " '" + name + "': use string, hex, base64 or json");
        }
    }
}
