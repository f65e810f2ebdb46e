package io.kzk.cli.elect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/** Reads Kafka's election JSON ({@code kafka-leader-election --path-to-json-file}); mistakes name FILE:LINE. */
final class ElectionFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ElectionFiles() {
    }

    static Set<TopicPartition> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("no file " + file + " (--from-file)");
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
        if (text.isBlank()) {
            throw KzkException.invalidInput(file + ":1: empty file; expected {\"partitions\": [{\"topic\": ..., \"partition\": ...}]}");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw KzkException.invalidInput(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode partitions = root.path("partitions");
        if (!partitions.isArray()) {
            throw KzkException.invalidInput(file + ":1: expected an object with a \"partitions\" list");
        }
        Set<TopicPartition> out = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode p : partitions) {
            String where = file + ":" + line(text, index++);
            if (!p.path("topic").isTextual() || p.path("topic").asText().isEmpty() || !p.path("partition").canConvertToInt()
                    || p.path("partition").asInt() < 0) {
                throw KzkException.invalidInput(where + ": each entry needs \"topic\" (a name) and \"partition\" (a number from 0)");
            }
            TopicPartition tp = new TopicPartition(p.get("topic").asText(), p.get("partition").asInt());
            if (!out.add(tp)) {
                throw KzkException.invalidInput(where + ": " + tp + " is listed twice");
            }
        }
        if (out.isEmpty()) {
            throw KzkException.invalidInput(file + ":1: \"partitions\" is empty: nothing to elect");
        }
        return out;
    }

    /** The line of the index-th object in the partitions list, for messages. */
    private static int line(String text, int index) {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            int depth = 0;
            int seen = -1;
            boolean inPartitions = false;
            for (var t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                    if (inPartitions && depth == 3 && t == com.fasterxml.jackson.core.JsonToken.START_OBJECT && ++seen == index) {
                        return parser.currentLocation().getLineNr();
                    }
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (depth == 1 && t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    inPartitions = "partitions".equals(parser.currentName());
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }
}
