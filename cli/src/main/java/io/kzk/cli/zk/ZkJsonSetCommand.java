package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.JsonZnodes;
import io.kzk.zk.ZnodeService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk json-set}. */
@Command(name = "json-set", header = "Change one value in a JSON znode, compare-and-set on its version.",
        description = {
            "Sets POINTER (RFC 6901; /- appends to an array) in PATH's JSON to VALUE: JSON when it parses as",
            "JSON (42, true, [1,2], {\"a\":1}, \"text\"), else a string. The znode is written only if",
            "nobody changed it since it was read; otherwise exit 6. Prints before and after."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk json-set /app/config /limit 20", "  kzk zk json-set /app/config /hosts/- '\"h3\"' --dry-run"})
public final class ZkJsonSetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Parameters(index = "1", paramLabel = "POINTER", description = "A JSON Pointer: /field/0/sub.")
    String pointer;

    @Parameters(index = "2", paramLabel = "VALUE", description = "JSON, or text taken as a string.")
    String value;

    @Option(names = "--dry-run", description = "Show the change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        var change = new JsonZnodes(new ZnodeService(session().zookeeper(), globals().timeout()))
                .set(path, pointer, JsonZnodes.value(value), dryRun);
        String line = (dryRun ? "would set " : "set ") + path + " " + pointer + ": " + ZkJsonGetCommand.text(change.before())
                + " → " + ZkJsonGetCommand.text(change.after()) + (dryRun ? "" : " (version " + change.version() + ")");
        output().emit(change, List.of(new Block.Lines(null, List.of(Cell.of(line)))));
        return 0;
    }
}
