package io.kzk.cli.group;

import io.kzk.admin.group.GroupService;
import io.kzk.admin.group.OffsetReset;
import io.kzk.admin.group.ResetTarget;
import io.kzk.cli.DurationConverter;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.common.Timestamps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk group reset-offsets}. */
@Command(name = "reset-offsets", header = "Move a group's committed offsets; a dry run unless --execute.",
        description = {
            "Shows each partition's committed offset before and after, and with --execute commits the new",
            "ones. Refused while the group has active members (they would overwrite the reset). New offsets",
            "are kept between each partition's earliest and latest offsets."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk group reset-offsets billing --topic orders --to-earliest", "  kzk group reset-offsets billing --all-topics --by-duration PT1H --execute",
            "  kzk group reset-offsets billing --topic orders:0,1 --shift-by -100 --execute",
            "  kzk group reset-offsets billing --from-file offsets.csv --execute   # topic,partition,offset lines"})
public final class GroupResetOffsetsCommand extends LeafCommand {
    @Parameters(paramLabel = "GROUP", description = "The consumer group.")
    String group;

    @Option(names = "--topic", paramLabel = "TOPIC[:P,...]", description = "A topic, or some of its partitions; repeatable.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--all-topics", description = "Every topic the group has committed offsets for.")
    boolean allTopics;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--to-earliest", required = true, description = "The earliest offset.")
        boolean earliest;

        @Option(names = "--to-latest", required = true, description = "The latest offset (skip everything).")
        boolean latest;

        @Option(names = "--to-offset", required = true, paramLabel = "N", description = "This offset.")
        Long offset;

        @Option(names = "--to-datetime", required = true, paramLabel = "TIME", description = "The first offset at or after TIME (epoch ms, ISO-8601).")
        String datetime;

        @Option(names = "--by-duration", required = true, paramLabel = "DURATION", converter = DurationConverter.class,
                description = "The first offset at or after this long ago: PT1H, 30m.")
        Duration duration;

        @Option(names = "--shift-by", required = true, paramLabel = "N", description = "Move by N (negative: back).")
        Long shift;

        @Option(names = "--from-file", required = true, paramLabel = "CSV", description = "topic,partition,offset lines.")
        Path file;
    }

    @Option(names = "--execute", description = "Commit the new offsets (default: only show them).")
    boolean execute;

    @Override
    public Integer call() {
        if (target.file == null && topics.isEmpty() == !allTopics) {
            throw KzkException.invalidInput("give --topic TOPIC[:P,...] (repeatable) or --all-topics, one of them");
        }
        ResetTarget t;
        if (target.earliest) {
            t = new ResetTarget(ResetTarget.Kind.EARLIEST, 0);
        } else if (target.latest) {
            t = new ResetTarget(ResetTarget.Kind.LATEST, 0);
        } else if (target.offset != null) {
            t = new ResetTarget(ResetTarget.Kind.OFFSET, target.offset);
        } else if (target.datetime != null) {
            t = new ResetTarget(ResetTarget.Kind.DATETIME, Timestamps.parse(target.datetime, Clock.systemUTC(), ZoneId.systemDefault()));
        } else if (target.duration != null) {
            t = ResetTarget.duration(target.duration);
        } else if (target.shift != null) {
            t = new ResetTarget(ResetTarget.Kind.SHIFT, target.shift);
        } else {
            t = new ResetTarget(ResetTarget.Kind.FILE, 0);
        }
        List<OffsetReset> plan = new GroupService(session().kafka()).resetOffsets(group, topics, allTopics, t, target.file, execute);
        output().emit(new ResetDocument(group, execute, plan), List.of(
                new Block.Table(execute ? null : "Dry run (commit with --execute)", List.of("TOPIC", "PARTITION", "BEFORE", "AFTER"),
                        plan.stream().map(r -> List.of(Cell.of(r.topic()), Cell.of(r.partition()), Cell.of(r.before()), Cell.of(r.after())))
                                .toList())));
        return 0;
    }

    /** What reset-offsets prints as JSON. */
    public record ResetDocument(String group, boolean executed, List<OffsetReset> partitions) {
    }
}
