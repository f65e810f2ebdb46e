package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZnodeEntry;
import io.kzk.zk.ZnodeService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk ls}. */
@Command(name = "ls", header = "List a znode's children.",
        description = "Lists the children of PATH, sorted; with -l also their data size, children, modification time, version and ephemeral owner.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk ls /brokers/ids", "  kzk zk ls -l /brokers/topics -o json"})
public final class ZkLsCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "An absolute znode path (default: /).")
    String path;

    @Option(names = "-l", description = "Long listing: size, children, mtime, version, ephemeral owner.")
    boolean longListing;

    @Override
    public Integer call() {
        List<ZnodeEntry> children = new ZnodeService(session().zookeeper(), globals().timeout()).children(path, longListing);
        List<Block> view;
        if (longListing) {
            List<List<Cell>> rows = children.stream().map(c -> List.of(Cell.of(c.name()), Cell.of(c.stat().dataLength()),
                    Cell.of(c.stat().numChildren()), Cell.of(ZnodeFormat.time(c.stat().mtime())), Cell.of(c.stat().version()),
                    Cell.of(ZnodeFormat.session(c.stat().ephemeralOwner())))).toList();
            view = List.of(new Block.Table(null, List.of("NAME", "SIZE", "CHILDREN", "MTIME", "VERSION", "EPHEMERAL OWNER"), rows));
        } else {
            view = List.of(new Block.Lines(null, children.stream().map(c -> Cell.of(c.name())).toList()));
        }
        output().emit(children, view);
        return 0;
    }
}
