package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.zk.kafka.KafkaMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka controller}. */
@Command(name = "controller", header = "The controller broker, since when, and the controller epoch.",
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka controller")
public final class ZkKafkaControllerCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        // one document of both znodes' fields; "controller" is null while no broker is controller
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("controller", null);
        kafka.controller().ifPresent(c -> merged.putAll(c.fields()));
        kafka.controllerEpoch().ifPresent(e -> merged.putAll(e.fields()));
        List<Block.Field> fields = new ArrayList<>();
        merged.forEach((k, v) -> fields.add(new Block.Field(k.replace('_', ' '), cell(v))));
        if (merged.get("controller") == null) {
            fields.add(0, Block.Field.of("note", "no /controller znode: no broker is controller now (all down, or an election is on)"));
        }
        output().emit(merged, List.of(new Block.Fields(null, fields)));
    }
}
