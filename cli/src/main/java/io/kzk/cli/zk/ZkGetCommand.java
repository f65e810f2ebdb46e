package io.kzk.cli.zk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.OutputFormat;
import io.kzk.zk.Znode;
import io.kzk.zk.ZnodeData;
import io.kzk.zk.ZnodeService;
import io.kzk.zk.ZnodeStat;
import io.kzk.zk.kafka.KafkaZnode;
import io.kzk.zk.kafka.KafkaZnodeDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk get}. */
@Command(name = "get", header = "Show a znode's data: text as text, JSON pretty-printed, binary as a hex dump.",
        description = {
            "Shows the data of PATH: UTF-8 text as it is, JSON pretty-printed, anything else as a hex dump.",
            "--raw writes the exact bytes to stdout and nothing else. -s adds the stat. With -o json the",
            "data is a string (encoding utf8) or base64 (encoding base64). Kafka's own znodes (brokers,",
            "topics, partition states, controller, admin requests, configs, ACLs) are also shown decoded,",
            "with labelled fields and readable times (\"kafka\" in JSON; null for other znodes)."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk get /controller", "  kzk zk get -s /brokers/ids/1", "  kzk zk get --raw /some/blob > blob.bin"})
public final class ZkGetCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Option(names = "--raw", description = "The exact bytes on stdout, nothing else.")
    boolean raw;

    @Option(names = "-s", description = "Show the stat too.")
    boolean withStat;

    /** What {@code zk get} prints as JSON or YAML. */
    public record ZnodeDocument(String path, String encoding, String data, ZnodeStat stat, DecodedZnode kafka) {
    }

    /** What a Kafka znode holds, and of what kind; null in a {@link ZnodeDocument} for other znodes. */
    public record DecodedZnode(String kind, KafkaZnode fields) {
        static DecodedZnode of(KafkaZnode znode) {
            return new DecodedZnode(znode.kind(), znode);
        }
    }

    @Override
    public Integer call() throws IOException {
        Znode node = new ZnodeService(session().zookeeper(), globals().timeout()).get(path);
        if (raw) {
            spec.commandLine().getOut().flush();
            environment().stdout().write(node.data());
            environment().stdout().flush();
            return 0;
        }
        Optional<String> text = ZnodeData.text(node.data());
        Optional<KafkaZnode> kafka = KafkaZnodeDecoder.decode(node.path(), node.data(), node.stat());
        ZnodeDocument doc = new ZnodeDocument(node.path(), text.isPresent() ? "utf8" : "base64",
                text.orElseGet(() -> Base64.getEncoder().encodeToString(node.data())), withStat ? node.stat() : null,
                kafka.map(DecodedZnode::of).orElse(null));
        List<Block> view = new ArrayList<>();
        String shown = text.map(ZkGetCommand::prettyIfJson).orElseGet(() -> ZnodeFormat.hexDump(node.data()));
        view.add(new Block.Lines(null, shown.lines().map(Cell::of).toList()));
        if (kafka.isPresent() && globals().output() != OutputFormat.PLAIN) {
            List<Block.Field> fields = new ArrayList<>();
            kafka.get().fields().forEach((k, v) -> fields.add(Block.Field.of(k.replace('_', ' '), v)));
            view.add(new Block.Fields("Kafka " + kafka.get().kind().replace('_', ' '), fields));
        }
        if (withStat && globals().output() != OutputFormat.PLAIN) {
            view.add(new Block.Fields(null, ZnodeFormat.statFields(node.stat())));
        }
        output().emit(doc, view);
        return 0;
    }

    private static String prettyIfJson(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return text;
        }
        try {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return json.writeValueAsString(json.readTree(t));
        } catch (IOException e) {
            return text;
        }
    }
}
