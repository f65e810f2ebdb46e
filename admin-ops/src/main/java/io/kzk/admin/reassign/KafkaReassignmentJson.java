package io.kzk.admin.reassign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka's reassignment JSON, read and written:
 * {@code {"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2,3],"log_dirs":["any","any","any"]}]}}.
 * What kzk writes, {@code kafka-reassign-partitions --execute} takes unchanged; kzk reads Kafka's
 * files (and the "Current partition replica assignment" it prints, the same shape). Every mistake
 * is refused with FILE:LINE before anything is done: an empty file, not JSON, a version other than
 * 1, missing or mistyped fields, duplicate partitions, duplicate or negative replicas, log_dirs of
 * another length than replicas. Unknown topics, partitions and brokers are checked against the
 * cluster by {@link #requireKnown}, with the line of the first offender.
 */
public final class KafkaReassignmentJson {
    private static final JsonFactory JSON = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private KafkaReassignmentJson() {
    }

    /** A parsed file: the assignment, and the line of each partition's entry for later messages. */
    public record PlanFile(Path file, Assignment assignment, Map<PartitionId, Integer> lines) {
    }

    public static Assignment read(Path file) {
        return parse(file).assignment();
    }

    public static PlanFile parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("no file " + file);
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
        return parse(file, text);
    }

    static PlanFile parse(Path file, String text) {
        if (text.isBlank()) {
            throw at(file, 1, "empty file; expected {\"version\": 1, \"partitions\": [...]}");
        }
        Map<PartitionId, List<Integer>> replicas = new TreeMap<>();
        Map<PartitionId, List<String>> logDirs = new TreeMap<>();
        Map<PartitionId, Integer> lines = new HashMap<>();
        Integer version = null;
        boolean sawPartitions = false;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw at(file, line(p), "expected an object {\"version\": 1, \"partitions\": [...]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "version" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != 1) {
                            throw at(file, line(p), "version " + p.getText() + " is not one kzk or Kafka reads: use 1");
                        }
                        version = 1;
                    }
                    case "partitions" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw at(file, line(p), "\"partitions\" must be a list");
                        }
                        sawPartitions = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            entry(file, p, replicas, logDirs, lines);
                        }
                    }
                    default -> p.skipChildren(); // Kafka ignores other fields too
                }
            }
        } catch (JsonParseException e) {
            throw at(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
        if (version == null) {
            throw at(file, 1, "no \"version\": Kafka's reassignment JSON has \"version\": 1");
        }
        if (!sawPartitions || replicas.isEmpty()) {
            throw at(file, 1, "no partitions: nothing to reassign");
        }
        return new PlanFile(file, new Assignment(new TreeMap<>(replicas), logDirs), lines);
    }

    private static void entry(Path file, JsonParser p, Map<PartitionId, List<Integer>> replicas,
                              Map<PartitionId, List<String>> logDirs, Map<PartitionId, Integer> lines) throws IOException {
        int line = line(p);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw at(file, line, "each partition is an object with topic, partition and replicas");
        }
        String topic = null;
        Integer partition = null;
        List<Integer> reps = null;
        List<String> dirs = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "topic" -> {
                    if (value != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
                        throw at(file, line(p), "\"topic\" must be a topic name");
                    }
                    topic = p.getText();
                }
                case "partition" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 0) {
                        throw at(file, line(p), "\"partition\" must be a number from 0, not " + p.getText());
                    }
                    partition = p.getIntValue();
                }
                case "replicas" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw at(file, line(p), "\"replicas\" must be a list of broker ids");
                    }
                    reps = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 0) {
                            throw at(file, line(p), "replica '" + p.getText() + "' is not a broker id (a number from 0)");
                        }
                        if (reps.contains(p.getIntValue())) {
                            throw at(file, line(p), "broker " + p.getIntValue() + " is listed twice in the replicas");
                        }
                        reps.add(p.getIntValue());
                    }
                }
                case "log_dirs" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw at(file, line(p), "\"log_dirs\" must be a list of directories (or \"any\")");
                    }
                    dirs = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            throw at(file, line(p), "a log dir must be a string (a directory, or \"any\")");
                        }
                        dirs.add(p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (topic == null || partition == null || reps == null) {
            throw at(file, line, "a partition entry needs \"topic\", \"partition\" and \"replicas\"");
        }
        if (reps.isEmpty()) {
            throw at(file, line, topic + "-" + partition + " has no replicas");
        }
        if (dirs != null && dirs.size() != reps.size()) {
            throw at(file, line, topic + "-" + partition + " has " + reps.size() + " replicas but " + dirs.size() + " log_dirs");
        }
        PartitionId id = new PartitionId(topic, partition);
        if (replicas.containsKey(id)) {
            throw at(file, line, id + " is listed twice (first at line " + lines.get(id) + ")");
        }
        replicas.put(id, reps);
        lines.put(id, line);
        if (dirs != null) {
            logDirs.put(id, dirs);
        }
    }

    /** Kafka's reassignment JSON of an assignment, one partition a line, log_dirs always written. */
    public static String write(Assignment assignment) {
        StringBuilder out = new StringBuilder("{\"version\":1,\"partitions\":[");
        boolean first = true;
        for (var e : assignment.replicas().entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            List<String> dirs = assignment.logDirsOf(e.getKey());
            out.append("{\"topic\":").append(quote(e.getKey().topic())).append(",\"partition\":").append(e.getKey().partition())
                    .append(",\"replicas\":").append(e.getValue().toString().replace(" ", "")).append(",\"log_dirs\":[");
            for (int i = 0; i < dirs.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(dirs.get(i)));
            }
            out.append("]}");
        }
        return out.append("\n]}\n").toString();
    }

    /**
     * Refuses a plan that names brokers the cluster does not list, or topics or partitions it
     * does not have, naming the file and line of the first few offenders.
     *
     * @param partitionCounts each existing topic's partition count
     */
    public static void requireKnown(PlanFile plan, Set<Integer> brokers, Map<String, Integer> partitionCounts) {
        List<String> problems = new ArrayList<>();
        for (var e : plan.assignment().replicas().entrySet()) {
            PartitionId id = e.getKey();
            String where = plan.file() + ":" + plan.lines().getOrDefault(id, 1) + ": ";
            Integer count = partitionCounts.get(id.topic());
            if (count == null) {
                problems.add(where + "no topic '" + id.topic() + "' in the cluster");
            } else if (id.partition() >= count) {
                problems.add(where + "topic '" + id.topic() + "' has no partition " + id.partition() + " (it has " + count + ")");
            }
            List<Integer> unknown = e.getValue().stream().filter(b -> !brokers.contains(b)).toList();
            if (!unknown.isEmpty()) {
                problems.add(where + id + " names broker" + (unknown.size() == 1 ? " " : "s ") + unknown
                        + ", which the cluster does not list (brokers: " + brokers + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw KzkException.invalidInput(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more problems)" : "") + "; nothing was changed");
        }
    }

    /** The partitions of an assignment as Kafka's clients name them. */
    public static Collection<TopicPartition> partitions(Assignment assignment) {
        return assignment.replicas().keySet().stream().map(PartitionId::toTopicPartition).toList();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static int line(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return l == null ? 1 : l.getLineNr();
    }

    private static KzkException at(Path file, int line, String message) {
        return KzkException.invalidInput(file + ":" + line + ": " + message);
    }
}
