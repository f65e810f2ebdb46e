package io.kzk.admin.reassign;

import com.fasterxml.jackson.core.JsonToken;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Kafka's reassignment JSON, read and written:
 * {@code {"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2,3],"log_dirs":["any","any","any"]}]}}.
 * The same shape is what {@code kafka-reassign-partitions} prints as "Current partition replica
 * assignment", so both read here. Reading keeps each entry's line, so later checks against the
 * cluster ({@link #validateAgainst}) can point at it; every refusal starts {@code FILE:LINE:}.
 */
public record ReassignmentFile(String source, Assignment assignment, Map<PartitionId, Integer> lines) {
    static final String EXPECTED = "a reassignment such as {\"version\":1,\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"replicas\":[1,2]}]}";
    /** How many offenders {@link #validateAgainst} names before "and N more". */
    static final int NAMED = 5;

    public ReassignmentFile {
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    /**
     * Parses a reassignment file's text. {@code log_dirs} is optional; {@code version} must be 1.
     * Refused: an empty file, text that is not JSON, another or no version, missing or mistyped
     * fields, a partition listed twice, no or duplicate replicas, negative ids, log dirs not
     * matching the replicas.
     *
     * @param source the name refusals start with, usually the file's path
     */
    public static ReassignmentFile parse(String source, String text) {
        LocatedJson json = new LocatedJson(source, text, EXPECTED);
        json.next();
        json.expect(JsonToken.START_OBJECT, EXPECTED);
        int top = json.line();
        Integer version = null;
        SortedMap<PartitionId, List<Integer>> replicas = null;
        Map<PartitionId, List<String>> dirs = new TreeMap<>();
        Map<PartitionId, Integer> lines = new TreeMap<>();
        while (json.next() == JsonToken.FIELD_NAME) {
            String field = json.fieldName();
            json.next();
            switch (field) {
                case "version" -> {
                    if (json.token() != JsonToken.VALUE_NUMBER_INT || json.nonNegativeInt("version") != 1) {
                        throw json.fail("version must be 1, the only version Kafka's reassignment files have");
                    }
                    version = 1;
                }
                case "partitions" -> {
                    json.expect(JsonToken.START_ARRAY, "a list of partitions");
                    int at = json.line();
                    replicas = new TreeMap<>();
                    while (json.next() != JsonToken.END_ARRAY) {
                        readEntry(json, replicas, dirs, lines);
                    }
                    if (replicas.isEmpty()) {
                        throw json.failAt(at, "the partitions list is empty");
                    }
                }
                default -> json.skipValue();
            }
        }
        json.end();
        if (version == null) {
            throw json.failAt(top, "no \"version\"; Kafka's reassignment files start {\"version\":1,");
        }
        if (replicas == null) {
            throw json.failAt(top, "no \"partitions\" list");
        }
        return new ReassignmentFile(source, new Assignment(replicas, dirs), lines);
    }

    private static void readEntry(LocatedJson json, SortedMap<PartitionId, List<Integer>> replicas,
                                  Map<PartitionId, List<String>> dirs, Map<PartitionId, Integer> lines) {
        json.expect(JsonToken.START_OBJECT, "a partition such as {\"topic\":\"t\",\"partition\":0,\"replicas\":[1,2]}");
        int line = json.line();
        String topic = null;
        Integer partition = null;
        List<Integer> reps = null;
        List<String> logDirs = null;
        int dirsLine = line;
        while (json.next() == JsonToken.FIELD_NAME) {
            String field = json.fieldName();
            json.next();
            switch (field) {
                case "topic" -> topic = json.topicName();
                case "partition" -> partition = json.nonNegativeInt("partition");
                case "replicas" -> {
                    json.expect(JsonToken.START_ARRAY, "a list of broker ids for \"replicas\"");
                    reps = new ArrayList<>();
                    while (json.next() != JsonToken.END_ARRAY) {
                        int b = json.nonNegativeInt("a broker id");
                        if (reps.contains(b)) {
                            throw json.fail("broker " + b + " is listed twice in the replicas");
                        }
                        reps.add(b);
                    }
                }
                case "log_dirs" -> {
                    json.expect(JsonToken.START_ARRAY, "a list of log dirs for \"log_dirs\"");
                    dirsLine = json.line();
                    logDirs = new ArrayList<>();
                    while (json.next() != JsonToken.END_ARRAY) {
                        logDirs.add(json.string("a log dir"));
                    }
                }
                default -> json.skipValue();
            }
        }
        PartitionId p = json.partitionId(line, topic, partition);
        if (reps == null) {
            throw json.failAt(line, p + " has no \"replicas\"");
        }
        if (reps.isEmpty()) {
            throw json.failAt(line, p + " has an empty replica list");
        }
        if (logDirs != null && logDirs.size() != reps.size()) {
            throw json.failAt(dirsLine, p + " has " + reps.size() + " replicas but " + logDirs.size() + " log dirs");
        }
        json.firstListing(lines, p, line);
        replicas.put(p, reps);
        if (logDirs != null) {
            dirs.put(p, logDirs);
        }
    }

    /**
     * Writes an assignment as Kafka's reassignment JSON, one partition a line, sorted, every entry
     * with {@code log_dirs}: what {@code kafka-reassign-partitions --execute} reads.
     */
    public static String format(Assignment assignment) {
        StringBuilder s = new StringBuilder("{\"version\":1,\"partitions\":[");
        String separator = "\n";
        for (var e : assignment.replicas().entrySet()) {
            s.append(separator).append("{\"topic\":").append(LocatedJson.quote(e.getKey().topic()))
                    .append(",\"partition\":").append(e.getKey().partition())
                    .append(",\"replicas\":[").append(e.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append("],\"log_dirs\":[").append(assignment.logDirsOf(e.getKey()).stream().map(LocatedJson::quote)
                            .collect(Collectors.joining(","))).append("]}");
            separator = ",\n";
        }
        return s.append(assignment.size() == 0 ? "" : "\n").append("]}\n").toString();
    }

    /**
     * Checks the file against the cluster: every broker known, every partition existing. Refuses
     * naming the first few offenders with their lines.
     */
    public void validateAgainst(Set<Integer> knownBrokers, Set<PartitionId> knownPartitions) {
        Set<String> topics = new HashSet<>();
        knownPartitions.forEach(p -> topics.add(p.topic()));
        List<String> offenders = new ArrayList<>();
        for (var e : assignment.replicas().entrySet()) {
            PartitionId p = e.getKey();
            String at = source + ":" + lines.getOrDefault(p, 0) + ": ";
            if (!knownPartitions.contains(p)) {
                offenders.add(at + (topics.contains(p.topic()) ? "partition " + p + " does not exist" : "topic " + p.topic() + " does not exist"));
            }
            List<Integer> unknown = e.getValue().stream().filter(b -> !knownBrokers.contains(b)).toList();
            if (!unknown.isEmpty()) {
                offenders.add(at + p + " names " + (unknown.size() == 1 ? "unknown broker " : "unknown brokers ")
                        + PlacementTarget.ids(unknown));
            }
        }
        if (!offenders.isEmpty()) {
            String named = String.join("; ", offenders.subList(0, Math.min(NAMED, offenders.size())));
            throw KzkException.invalidInput(named + (offenders.size() > NAMED ? "; and " + (offenders.size() - NAMED) + " more" : ""));
        }
    }
}
