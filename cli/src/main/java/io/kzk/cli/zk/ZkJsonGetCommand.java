package io.kzk.cli.zk;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.JsonZnodes;
import io.kzk.zk.ZnodeService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk json-get}. */
@Command(name = "json-get", header = "Read one value out of a JSON znode by JSON Pointer.",
        description = "Prints the value at POINTER (RFC 6901, e.g. /partitions/0) in PATH's JSON: strings bare, anything else as JSON.",
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk json-get /controller /brokerid", "  kzk zk json-get /brokers/topics/orders /partitions/0"})
public final class ZkJsonGetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Parameters(index = "1", paramLabel = "POINTER", description = "A JSON Pointer: /field/0/sub.")
    String pointer;

    @Override
    public Integer call() {
        var value = new JsonZnodes(new ZnodeService(session().zookeeper(), globals().timeout())).get(path, pointer);
        output().emit(value, List.of(new Block.Lines(null, List.of(Cell.of(text(value.value()))))));
        return 0;
    }

    static String text(JsonNode value) {
        return value == null ? "(absent)" : value.isTextual() ? value.asText() : value.toString();
    }
}
