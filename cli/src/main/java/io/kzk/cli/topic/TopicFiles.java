package io.kzk.cli.topic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kzk.admin.topic.DesiredTopic;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the declarative files of {@code kzk topic apply}: YAML or JSON, either a list of topics
 * or an object with a {@code topics} list. Every mistake is reported with file, line and field.
 *
 * <pre>
 * topics:
 *   - name: orders
 *     partitions: 12
 *     replication_factor: 3
 *     configs:
 *       retention.ms: 86400000
 * </pre>
 */
final class TopicFiles {
    private static final Set<String> FIELDS = Set.of("name", "partitions", "replication_factor", "configs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TopicFiles() {
    }

    static List<DesiredTopic> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw KzkException.notFound("no file " + file);
        }
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            // A key given twice would silently take the last value: in a declaration that is a mistake.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return List.of();
            }
            if (first == JsonToken.START_OBJECT) {
                JsonToken t = parser.nextToken();
                if (t == JsonToken.END_OBJECT) {
                    return List.of();
                }
                String field = parser.currentName();
                if (!"topics".equals(field)) {
                    throw at(file, parser.currentLocation(), "expected 'topics', found '" + field + "'");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw at(file, parser.currentLocation(), "'topics' must be a list");
                }
                List<DesiredTopic> topics = entries(file, parser);
                if (parser.nextToken() != JsonToken.END_OBJECT) {
                    throw at(file, parser.currentLocation(), "only 'topics' may stand at the top level");
                }
                return onlyDocument(file, parser, topics);
            }
            if (first == JsonToken.START_ARRAY) {
                return onlyDocument(file, parser, entries(file, parser));
            }
            throw at(file, parser.currentLocation(), "expected a list of topics or an object with 'topics'");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // The YAML parser's own mark is where the problem is; Jackson's location is where it started reading.
                throw yamlSyntax(file, yaml);
            }
            if (e.getCause() instanceof java.io.CharConversionException
                    || String.valueOf(e.getOriginalMessage()).contains("CharConversionException")) {
                throw at(file, e.getLocation(), "not UTF-8 text; save the file as UTF-8");
            }
            throw at(file, e.getLocation(), e.getOriginalMessage().replace("Duplicate field", "duplicate key"));
        } catch (java.io.CharConversionException e) {
            throw KzkException.invalidInput(file + ": not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw KzkException.failed("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A second YAML document (after ---) would be ignored silently: refused instead. */
    private static List<DesiredTopic> onlyDocument(Path file, JsonParser parser, List<DesiredTopic> topics) throws IOException {
        if (parser.nextToken() != null) {
            throw at(file, parser.currentLocation(), "a second YAML document: declare every topic in one list"
                    + " (or give each document as a file of its own with -f)");
        }
        return topics;
    }

    private static List<DesiredTopic> entries(Path file, JsonParser parser) throws IOException {
        List<DesiredTopic> topics = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            int line = parser.currentLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                throw at(file, parser.currentLocation(), "each topic must be an object with a name");
            }
            JsonNode node = YAML.readTree(parser);
            topics.add(topic(file, line, node));
        }
        return topics;
    }

    private static DesiredTopic topic(Path file, int line, JsonNode node) {
        String where = file + ":" + line;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw KzkException.invalidInput(where + ": unknown field '" + field + "'; a topic has name, partitions,"
                        + " replication_factor and configs");
            }
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw KzkException.invalidInput(where + ": field 'name': every topic needs a name");
        }
        String topicWhere = where + " (topic '" + name.asText() + "')";
        Integer partitions = wholeNumber(node.get("partitions"), topicWhere, "partitions", Integer.MAX_VALUE);
        Integer rf = wholeNumber(node.get("replication_factor"), topicWhere, "replication_factor", Short.MAX_VALUE);
        Map<String, String> configs = new LinkedHashMap<>();
        JsonNode c = node.get("configs");
        if (c != null && !c.isNull()) {
            if (!c.isObject()) {
                throw KzkException.invalidInput(topicWhere + ": field 'configs' must map config names to values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw KzkException.invalidInput(topicWhere + ": field 'configs." + e.getKey() + "' must be a single value");
                }
                configs.put(e.getKey(), e.getValue().asText());
            }
        }
        return new DesiredTopic(name.asText(), partitions, rf == null ? null : rf.shortValue(), configs, where);
    }

    private static Integer wholeNumber(JsonNode value, String where, String field, int max) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > max) {
            throw KzkException.invalidInput(where + ": field '" + field + "' must be a whole number from 1, got '"
                    + value.asText() + "'");
        }
        return value.asInt();
    }

    private static KzkException at(Path file, JsonLocation location, String message) {
        String line = location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
        return KzkException.invalidInput(file + line + ": " + message.lines().findFirst().orElse(message));
    }

    private static KzkException yamlSyntax(Path file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("'\\t'") || problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) {
            problem = "a tab: YAML indents with spaces only (" + problem + ")";
        }
        String context = e.getContext() == null ? "" : " " + e.getContext();
        return KzkException.invalidInput(file + ":" + (mark.getLine() + 1) + ": " + problem + context + " (column " + (mark.getColumn() + 1) + ")");
    }
}
