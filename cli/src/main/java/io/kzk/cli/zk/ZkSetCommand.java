package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZnodeService;
import io.kzk.zk.ZnodeStat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk zk set}. */
@Command(name = "set", header = "Replace a znode's data, optionally only at a given version.",
        description = {
            "Replaces the data of PATH with DATA (an argument, -f FILE, or - for stdin). With --version N",
            "it writes only if the znode is still at version N (compare-and-set) and otherwise fails with",
            "exit 6, saying the current version."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk set /app/config '{\"limit\": 20}'", "  kzk zk set /app/config -f config.json --version 4"})
public final class ZkSetCommand extends LeafCommand {
    @Mixin
    ZnodeDataArgs input;

    private String path() {
        return input.path;
    }

    @Option(names = "--version", paramLabel = "N", defaultValue = "-1", description = "Write only if the znode is at this version.")
    int version;

    @Option(names = "--dry-run", description = "Say what would change; change nothing.")
    boolean dryRun;

    /** What {@code zk set} prints as JSON. */
    public record SetDocument(String path, int bytesBefore, int bytesAfter, int version, boolean dryRun) {
    }

    @Override
    public Integer call() {
        if (!input.given()) {
            throw io.kzk.common.KzkException.invalidInput("no data given: kzk zk set PATH DATA, -f FILE, or - for stdin");
        }
        byte[] bytes = input.read(environment());
        ZnodeService.requireWithinLimit(path(), bytes); // before connecting: a dry run says so too
        ZnodeService znodes = new ZnodeService(session().zookeeper(), globals().timeout());
        ZnodeStat before = znodes.stat(path());
        ZnodeStat after = dryRun ? before : znodes.set(path(), bytes, version);
        String line = (dryRun ? "would set " : "set ") + path() + ": " + before.dataLength() + " → " + bytes.length
                + " bytes, version " + (dryRun ? before.version() : after.version());
        output().emit(new SetDocument(path(), before.dataLength(), bytes.length, after.version(), dryRun),
                List.of(new Block.Lines(null, List.of(Cell.of(line)))));
        return 0;
    }
}
