package io.kzk.admin.reassign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A streaming read of a small JSON file that knows where it is, so every refusal starts with
 * {@code FILE:LINE:}. Kafka's files are read token by token rather than as a tree because a tree
 * forgets the lines its nodes came from.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    final String source;
    private final JsonParser parser;

    LocatedJson(String source, String text, String expected) {
        this.source = source;
        if (text.isBlank()) {
            throw KzkException.invalidInput(source + ":1: the file is empty; expected " + expected);
        }
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonToken next() {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            throw KzkException.invalidInput(source + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the current token. */
    int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    JsonToken token() {
        return parser.currentToken();
    }

    String fieldName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void skipValue() {
        try {
            parser.skipChildren();
        } catch (JsonParseException e) {
            throw KzkException.invalidInput(source + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KzkException fail(String message) {
        return failAt(line(), message);
    }

    KzkException failAt(int line, String message) {
        return KzkException.invalidInput(source + ":" + line + ": " + message);
    }

    void expect(JsonToken expected, String what) {
        if (token() != expected) {
            throw fail("expected " + what + ", found " + describe());
        }
    }

    /** The current token as a non-negative int; {@code what} names it in the refusal. */
    int nonNegativeInt(String what) {
        try {
            if (token() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                throw fail(what + " must be a whole number, found " + describe());
            }
            int n = parser.getIntValue();
            if (n < 0) {
                throw fail(what + " must not be negative, found " + n);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String string(String what) {
        try {
            if (token() != JsonToken.VALUE_STRING) {
                throw fail(what + " must be a string, found " + describe());
            }
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses anything after the top-level value. */
    void end() {
        if (next() != null) {
            throw fail("unexpected " + describe() + " after the end of the JSON object");
        }
    }

    private String describe() {
        JsonToken t = token();
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text();
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case FIELD_NAME -> "the field \"" + text() + "\"";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    private String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** The value of a "topic" field: a name, never empty. */
    String topicName() {
        String topic = string("topic");
        if (topic.isEmpty()) {
            throw fail("topic must not be empty");
        }
        return topic;
    }

    /** The partition an entry at {@code line} names; refused when it lacks its topic or number. */
    PartitionId partitionId(int line, String topic, Integer partition) {
        if (topic == null) {
            throw failAt(line, "the partition entry has no \"topic\"");
        }
        if (partition == null) {
            throw failAt(line, "the entry for topic " + topic + " has no \"partition\"");
        }
        return new PartitionId(topic, partition);
    }

    /** Notes that {@code p} is listed at {@code line}; refused when it was listed before. */
    void firstListing(java.util.Map<PartitionId, Integer> lines, PartitionId p, int line) {
        Integer first = lines.putIfAbsent(p, line);
        if (first != null) {
            throw failAt(line, p + " is listed again (first at line " + first + ")");
        }
    }
}
