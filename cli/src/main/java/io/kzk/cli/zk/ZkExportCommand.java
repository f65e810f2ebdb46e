package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk export}. */
@Command(name = "export", header = "Write a subtree, with data, ACLs and ephemeral flags, as JSON.",
        description = {
            "Streams PATH's subtree as one JSON document to stdout (or --file): every znode's path relative",
            "to PATH, its data (UTF-8 text as is, anything else base64), ACL, ephemeral flag and times.",
            "Read back with kzk zk import. Memory stays flat however big the tree."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk export /app > app.json", "  kzk zk export / --file backup.json -z zk1:2181/kafka", "  kzk zk export /big --no-acl > big.json"})
public final class ZkExportCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "The subtree's root (default: /).")
    String path;

    @Option(names = "--file", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path file;

    @Option(names = "--no-acl", description = "Leave ACLs out (about twice as fast: ZooKeeper reads ACLs one znode a request).")
    boolean noAcl;

    @Override
    public Integer call() {
        ZnodeExport export = new ZnodeExport(ZkConnections.handle(session().zookeeper()), globals().timeout());
        long count;
        if (file == null) {
            Writer out = spec.commandLine().getOut();
            count = export.export(path, !noAcl, out);
            spec.commandLine().getOut().flush();
        } else {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                count = export.export(path, !noAcl, out);
            } catch (IOException e) {
                throw KzkException.invalidInput("cannot write " + file + ": " + e.getMessage());
            }
        }
        err().println("kzk: exported " + count + " znodes from " + path + (file == null ? "" : " to " + file));
        err().flush();
        return 0;
    }
}
