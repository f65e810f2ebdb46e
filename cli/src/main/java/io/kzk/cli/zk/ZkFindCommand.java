package io.kzk.cli.zk;

import io.kzk.cli.DurationConverter;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.LineStream;
import io.kzk.cli.output.OutputFormat;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeSearch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk find}. */
@Command(name = "find", header = "Find znodes by name, type, size or age.",
        description = {
            "Walks PATH's subtree (level by level, many requests in flight) and prints the path of every",
            "znode that matches all the criteria given; with none, every znode. Paths are printed as they",
            "are found, so a large tree starts printing at once."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk find /brokers --name 'state'", "  kzk zk find / --ephemeral", "  kzk zk find /config --newer 1h",
            "  kzk zk find / --min-size 100000 -o json"})
public final class ZkFindCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "Where to start (default: /).")
    String path;

    @Option(names = "--name", paramLabel = "GLOB", description = "The last path segment matches this glob (* ? [abc]).")
    String name;

    @Option(names = "--regex", description = "--name is a regular expression, not a glob.")
    boolean regex;

    @Option(names = "--ephemeral", description = "Only ephemeral znodes.")
    boolean ephemeral;

    @Option(names = "--min-size", paramLabel = "BYTES", defaultValue = "0", description = "Only znodes with at least this much data.")
    long minSize;

    @Option(names = "--newer", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Only znodes modified within this long: 30s, 15m, 2h, 7d.")
    Duration newer;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "-1", description = "Levels below PATH to search (default: all).")
    int depth;

    @Override
    public Integer call() {
        var search = new ZnodeSearch(ZkConnections.handle(session().zookeeper()), globals().timeout());
        var criteria = new ZnodeSearch.Criteria(name, regex, ephemeral, minSize,
                newer == null ? null : Instant.now().minus(newer), depth);
        if (globals().output() == OutputFormat.TABLE || globals().output() == OutputFormat.PLAIN) {
            long[] found = new long[1];
            long looked;
            try (LineStream out = new LineStream(spec.commandLine().getOut())) {
                looked = search.find(path, criteria, f -> {
                    out.line(f.path());
                    found[0]++;
                });
            }
            verbose(found[0] + " of " + looked + " znodes matched");
        } else {
            List<ZnodeSearch.Found> found = new ArrayList<>();
            search.find(path, criteria, found::add);
            output().emit(found, List.of(new Block.Lines(null, found.stream().map(f -> Cell.of(f.path())).toList())));
        }
        return 0;
    }
}
