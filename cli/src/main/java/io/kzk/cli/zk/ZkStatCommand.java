package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.zk.ZnodeService;
import io.kzk.zk.ZnodeStat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk stat}. */
@Command(name = "stat", header = "Show every field of a znode's stat, times readable.",
        description = "Shows PATH's stat: zxids, creation and modification times, versions, ephemeral owner, data length, children.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk stat /controller", "  kzk zk stat /brokers/ids/1 -o json"})
public final class ZkStatCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    /** What {@code zk stat} prints as JSON or YAML. */
    public record StatDocument(String path, ZnodeStat stat) {
    }

    @Override
    public Integer call() {
        ZnodeStat stat = new ZnodeService(session().zookeeper(), globals().timeout()).stat(path);
        output().emit(new StatDocument(path, stat), List.of(new Block.Fields(null, ZnodeFormat.statFields(stat))));
        return 0;
    }
}
