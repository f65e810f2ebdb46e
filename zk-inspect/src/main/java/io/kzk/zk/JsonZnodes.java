package io.kzk.zk;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kzk.common.KzkException;
import java.nio.charset.StandardCharsets;

/** JSON payloads of znodes, read and changed by JSON Pointer (RFC 6901), compare-and-set on the version. */
public final class JsonZnodes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZnodeService znodes;

    public JsonZnodes(ZnodeService znodes) {
        this.znodes = znodes;
    }

    /** The value at {@code pointer} in a JSON znode. */
    public record JsonValue(String path, String pointer, JsonNode value, int version) {
    }

    /** A change by pointer: the value before (null if absent) and after, and the znode's new version. */
    public record JsonChange(String path, String pointer, JsonNode before, JsonNode after, int version, boolean dryRun) {
    }

    public JsonValue get(String path, String pointer) {
        Znode node = znodes.get(path);
        JsonNode document = parse(node);
        JsonNode value = document.at(pointer(pointer));
        if (value.isMissingNode()) {
            throw KzkException.notFound("no " + pointer + " in " + path + "'s JSON");
        }
        return new JsonValue(path, pointer, value, node.stat().version());
    }

    /**
     * Sets the value at {@code pointer} (creating the last member or appending with {@code /-}),
     * writing only if the znode is still at the version read.
     */
    public JsonChange set(String path, String pointer, JsonNode value, boolean dryRun) {
        Znode node = znodes.get(path);
        JsonNode document = parse(node);
        JsonPointer at = pointer(pointer);
        if (at.matches()) {
            throw KzkException.invalidInput("JSON pointer '' is the whole document: use kzk zk set to replace it");
        }
        JsonNode parent = document.at(at.head());
        String last = at.last().getMatchingProperty();
        JsonNode before;
        if (parent instanceof ObjectNode object) {
            before = object.get(last);
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                before = null;
                array.add(value);
            } else {
                int index = at.last().getMatchingIndex();
                if (index < 0 || index >= array.size()) {
                    throw KzkException.invalidInput("JSON pointer " + pointer + " is past the end of an array of "
                            + array.size() + " in " + path + "; use /- to append");
                }
                before = array.get(index);
                array.set(index, value);
            }
        } else {
            throw KzkException.notFound("no object or array at " + at.head() + " in " + path + "'s JSON to set " + pointer + " in");
        }
        int version = node.stat().version();
        if (!dryRun) {
            version = znodes.set(path, write(document), node.stat().version()).version();
        }
        return new JsonChange(path, pointer, before, value, version, dryRun);
    }

    /** A command-line value: JSON when it parses as JSON, else a string. */
    public static JsonNode value(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private static JsonPointer pointer(String pointer) {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw KzkException.invalidInput("invalid JSON pointer '" + pointer + "': it starts with /, like /partitions/0");
        }
    }

    private static JsonNode parse(Znode node) {
        try {
            JsonNode document = JSON.readTree(node.data());
            if (document == null || document.isMissingNode()) {
                throw KzkException.invalidInput(node.path() + " is empty, not JSON");
            }
            return document;
        } catch (java.io.IOException e) {
            throw KzkException.invalidInput(node.path() + " does not hold JSON: "
                    + e.getMessage().lines().findFirst().orElse("unparseable"));
        }
    }

    private static byte[] write(JsonNode document) {
        try {
            return JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
