package io.kzk.cli.topic;

import io.kzk.common.NamePattern;
import io.kzk.admin.topic.TopicService;
import io.kzk.admin.topic.TopicSummary;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk topic list}. */
@Command(name = "list", aliases = "ls", header = "List topics with partitions, replication factor and trouble flags.",
        description = {
            "Lists topics whose names match PATTERN (a glob, or a regular expression with --regex), with",
            "their partition count, replication factor, and how many partitions are under-replicated or",
            "offline. Internal topics (__consumer_offsets...) only with --internal."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic list", "  kzk topic list 'orders*'", "  kzk topic list --regex 'orders\\.(eu|us)' -o json",
            "  kzk topic list -o plain | cut -f1     # names only"})
public final class TopicListCommand extends LeafCommand {
    @Parameters(arity = "0..1", paramLabel = "PATTERN", description = "Only topics whose whole name matches: a glob (*, ?, [abc]).")
    String pattern;

    @Option(names = "--regex", description = "PATTERN is a Java regular expression, not a glob.")
    boolean regex;

    @Option(names = "--internal", description = "Include internal topics.")
    boolean internal;

    @Override
    public Integer call() {
        List<TopicSummary> topics = new TopicService(session().kafka()).list(NamePattern.of(pattern, regex), internal);
        List<List<Cell>> rows = new ArrayList<>();
        for (TopicSummary t : topics) {
            rows.add(List.of(Cell.of(t.name()), Cell.of(t.partitions()), Cell.of(t.replicationFactor()), status(t)));
        }
        output().emit(topics, List.of(new Block.Table(null, List.of("NAME", "PARTITIONS", "RF", "STATUS"), rows)));
        if (topics.isEmpty() && !regex && pattern != null && pattern.contains(".*")) {
            // 'orders.*' is a regular expression habit; as a glob it asks for names starting with "orders."
            err().println("kzk: no topic matches the glob '" + pattern + "' (in a glob . is a dot and * any text);"
                    + " for a regular expression use --regex");
        }
        return 0;
    }

    private static Cell status(TopicSummary t) {
        List<String> trouble = new ArrayList<>();
        if (t.offline() > 0) {
            trouble.add(t.offline() + " offline");
        }
        if (t.underReplicated() > 0) {
            trouble.add(t.underReplicated() + " under-replicated");
        }
        return trouble.isEmpty() ? Cell.styled("ok", Style.GOOD) : Cell.styled(String.join(", ", trouble), Style.BAD);
    }
}
