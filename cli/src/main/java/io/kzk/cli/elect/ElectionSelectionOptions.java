package io.kzk.cli.elect;

import io.kzk.admin.election.LeaderElections.Selection;
import io.kzk.admin.reassign.ElectionFile;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which partitions an election is for: --all, --topic T [--partition P]..., or Kafka's election JSON. */
public final class ElectionSelectionOptions {
    @Option(names = "--all", description = "Every partition of every topic.")
    boolean all;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic; repeatable.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--partition", paramLabel = "P", description = "With one --topic: only this partition; repeatable.")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "Kafka's election JSON: {\"partitions\": [{\"topic\": \"t\", \"partition\": 0}, ...]}.")
    Path file;

    Selection selection() {
        int ways = (all ? 1 : 0) + (topics.isEmpty() ? 0 : 1) + (file == null ? 0 : 1);
        if (ways != 1) {
            throw KzkException.invalidInput("say which partitions: --all, --topic TOPIC [--partition P]..., or --from-file FILE"
                    + " (one of them)");
        }
        if (!partitions.isEmpty() && topics.size() != 1) {
            throw KzkException.invalidInput("--partition goes with exactly one --topic");
        }
        if (all) {
            return new Selection.All();
        }
        if (file != null) {
            String text;
            try {
                text = java.nio.file.Files.readString(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw KzkException.notFound("no file " + file + " (--from-file)");
            } catch (java.io.IOException e) {
                throw KzkException.invalidInput("cannot read " + file + ": " + e.getMessage());
            }
            java.util.Set<org.apache.kafka.common.TopicPartition> partitions = new java.util.LinkedHashSet<>();
            Map<org.apache.kafka.common.TopicPartition, String> origins = new java.util.HashMap<>();
            ElectionFile parsed = ElectionFile.parse(file.toString(), text);
            parsed.partitions().forEach(p -> {
                partitions.add(p.toTopicPartition());
                Integer line = parsed.lines().get(p);
                origins.put(p.toTopicPartition(), file + (line == null ? "" : ":" + line));
            });
            return new Selection.Partitions(partitions, origins);
        }
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        topics.forEach(t -> byTopic.put(t, List.copyOf(partitions)));
        return new Selection.Topics(byTopic);
    }
}
