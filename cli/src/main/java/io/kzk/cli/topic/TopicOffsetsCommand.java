package io.kzk.cli.topic;

import io.kzk.admin.topic.PartitionOffsets;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk topic offsets}. */
@Command(name = "offsets", header = "Earliest and latest offsets per partition, or the offset at a time.",
        description = {
            "Shows each partition's earliest and latest offset; with --at, also the first offset whose",
            "record is at or after that time (none when every record is older)."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic offsets orders", "  kzk topic offsets orders --at -1h",
            "  kzk topic offsets orders --at 2026-11-24T08:00:00Z -o json", "  kzk topic offsets orders -p 0 --at -1h"})
public final class TopicOffsetsCommand extends LeafCommand {
    private static final long LATEST = -1L;
    private static final long EARLIEST = -2L;

    @Parameters(paramLabel = "TOPIC", description = "The topic.")
    String topic;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Epoch ms, ISO-8601 (2026-11-24T08:00:00Z, 2026-11-24T08:00 local), a time ago (-1h), or Kafka's"
                    + " special times latest (-1) and earliest (-2).")
    String at;

    @Option(names = {"-p", "--partition"}, paramLabel = "N", split = ",",
            description = "Only this partition; repeatable or comma-separated (default: all).")
    List<Integer> partitions = new ArrayList<>();

    /** What {@code topic offsets} prints as JSON or YAML. */
    public record OffsetsDocument(String topic, Long atTimestamp, String atTime, List<PartitionOffsets> partitions) {
    }

    @Override
    public Integer call() {
        Long timestamp = at == null ? null : switch (at) {
            // Kafka's ListOffsets reads these timestamps as "the end" and "the start" (kcat -Q's -1 and -2)
            case "latest", "-1" -> LATEST;
            case "earliest", "-2" -> EARLIEST;
            default -> Timestamps.parse(at, Clock.systemUTC(), ZoneId.systemDefault());
        };
        String atTime = timestamp == null ? null : timestamp == LATEST ? "latest" : timestamp == EARLIEST ? "earliest"
                : Instant.ofEpochMilli(timestamp).toString();
        List<PartitionOffsets> offsets = new TopicService(session().kafka()).offsets(topic, timestamp,
                new java.util.HashSet<>(partitions));
        List<String> headers = new ArrayList<>(List.of("PARTITION", "EARLIEST", "LATEST", "MESSAGES"));
        if (timestamp != null) {
            headers.add("AT " + atTime);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (PartitionOffsets p : offsets) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(p.partition()), Cell.of(p.earliest()), Cell.of(p.latest()),
                    Cell.of(p.earliest() == null || p.latest() == null ? null : p.latest() - p.earliest())));
            if (timestamp != null) {
                row.add(Cell.of(p.atTime()));
            }
            rows.add(row);
        }
        output().emit(new OffsetsDocument(topic, timestamp, atTime, offsets),
                List.of(new Block.Table(null, headers, rows)));
        return 0;
    }
}
