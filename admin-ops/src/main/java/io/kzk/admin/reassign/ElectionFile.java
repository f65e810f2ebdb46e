package io.kzk.admin.reassign;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kafka's leader-election JSON, as {@code kafka-leader-election --path-to-json-file} reads it:
 * {@code {"partitions":[{"topic":"t","partition":0}]}}; for {@code kzk elect --from-file}. The
 * partitions keep the file's order and each entry's line; refusals start {@code FILE:LINE:}.
 */
public record ElectionFile(String source, List<PartitionId> partitions, Map<PartitionId, Integer> lines) {
    static final String EXPECTED = "partitions to elect such as {\"partitions\":[{\"topic\":\"t\",\"partition\":0}]}";

    public ElectionFile {
        partitions = List.copyOf(partitions);
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    public static ElectionFile parse(String source, String text) {
        LocatedJson json = new LocatedJson(source, text, EXPECTED);
        json.next();
        json.expect(JsonToken.START_OBJECT, EXPECTED);
        int top = json.line();
        List<PartitionId> partitions = null;
        Map<PartitionId, Integer> lines = new TreeMap<>();
        while (json.next() == JsonToken.FIELD_NAME) {
            String field = json.fieldName();
            json.next();
            if (!field.equals("partitions")) {
                json.skipValue();
                continue;
            }
            json.expect(JsonToken.START_ARRAY, "a list of partitions");
            int at = json.line();
            partitions = new ArrayList<>();
            while (json.next() != JsonToken.END_ARRAY) {
                json.expect(JsonToken.START_OBJECT, "a partition such as {\"topic\":\"t\",\"partition\":0}");
                int line = json.line();
                String topic = null;
                Integer partition = null;
                while (json.next() == JsonToken.FIELD_NAME) {
                    String name = json.fieldName();
                    json.next();
                    switch (name) {
                        case "topic" -> topic = json.topicName();
                        case "partition" -> partition = json.nonNegativeInt("partition");
                        default -> json.skipValue();
                    }
                }
                PartitionId p = json.partitionId(line, topic, partition);
                json.firstListing(lines, p, line);
                partitions.add(p);
            }
            if (partitions.isEmpty()) {
                throw json.failAt(at, "the partitions list is empty");
            }
        }
        json.end();
        if (partitions == null) {
            throw json.failAt(top, "no \"partitions\" list");
        }
        return new ElectionFile(source, partitions, lines);
    }

    /** Writes partitions as Kafka's election JSON, sorted, one a line. */
    public static String format(Collection<PartitionId> partitions) {
        StringBuilder s = new StringBuilder("{\"partitions\":[");
        String separator = "\n";
        for (PartitionId p : new TreeSet<>(partitions)) {
            s.append(separator).append("{\"topic\":").append(LocatedJson.quote(p.topic())).append(",\"partition\":")
                    .append(p.partition()).append('}');
            separator = ",\n";
        }
        return s.append(partitions.isEmpty() ? "" : "\n").append("]}\n").toString();
    }
}
