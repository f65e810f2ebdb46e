package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeSearch;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk du}. */
@Command(name = "du", header = "Data bytes and znode counts per subtree, largest first.",
        description = {
            "Walks PATH's whole subtree and sums znodes and data bytes for PATH and for each subtree",
            "--depth levels below it (default 1: its children), largest first. Finds what fills an ensemble."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk du /", "  kzk zk du /brokers/topics", "  kzk zk du / --depth 2 -o json"})
public final class ZkDuCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "Where to start (default: /).")
    String path;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "Sum per subtree this many levels down (default: 1).")
    int depth;

    @Override
    public Integer call() {
        var search = new ZnodeSearch(ZkConnections.handle(session().zookeeper()), globals().timeout());
        long start = System.nanoTime();
        List<ZnodeSearch.Usage> usage = search.du(path, depth);
        verbose("walked " + usage.get(0).nodes() + " znodes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        List<List<Cell>> rows = usage.stream().map(u -> List.of(Cell.of(u.bytes()), Cell.of(u.nodes()), Cell.of(u.path()))).toList();
        output().emit(usage, List.of(new Block.Table(null, List.of("BYTES", "ZNODES", "PATH"), rows)));
        return 0;
    }
}
