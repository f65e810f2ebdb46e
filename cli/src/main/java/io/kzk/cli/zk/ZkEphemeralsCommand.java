package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeSearch;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk ephemerals}. */
@Command(name = "ephemerals", header = "Ephemeral znodes grouped by the session that owns them.",
        description = {
            "Walks PATH's subtree and lists its ephemeral znodes grouped by owning session: which client",
            "holds which broker registrations, locks and leaderships."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk ephemerals", "  kzk zk ephemerals /brokers -o json"})
public final class ZkEphemeralsCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "Where to look (default: /).")
    String path;

    /** One session's ephemeral znodes, as JSON shows them. */
    public record SessionDocument(String session, int count, List<String> paths) {
    }

    @Override
    public Integer call() {
        List<ZnodeSearch.SessionEphemerals> sessions = new ZnodeSearch(ZkConnections.handle(session().zookeeper()),
                globals().timeout()).ephemerals(path);
        List<List<Cell>> rows = new ArrayList<>();
        for (var s : sessions) {
            for (String p : s.paths()) {
                rows.add(List.of(Cell.of(ZnodeFormat.session(s.session())), Cell.of(p)));
            }
        }
        output().emit(sessions.stream().map(s -> new SessionDocument(ZnodeFormat.session(s.session()), s.paths().size(), s.paths())).toList(),
                List.of(new Block.Table(null, List.of("SESSION", "PATH"), rows)));
        return 0;
    }
}
