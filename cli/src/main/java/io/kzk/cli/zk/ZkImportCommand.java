package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.SubtreeWriter;
import io.kzk.zk.tree.ExportFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk import}. */
@Command(name = "import", header = "Recreate a subtree from a kzk zk export file.",
        description = {
            "Creates the exported znodes under --to (default: the root they were exported from), parents",
            "first, with their data and ACLs; missing parents of --to are created. Every destination is",
            "checked first: if any exists with other data, nothing is written unless --overwrite (which",
            "replaces their data). Znodes already holding the same data are left alone, so importing twice",
            "changes nothing. Ephemeral znodes are not recreated. FILE - reads stdin. Reports the counts."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk import app.json --to /app-restored --dry-run", "  kzk zk import app.json --to /app --overwrite"})
public final class ZkImportCommand extends LeafCommand {
    @Parameters(paramLabel = "FILE", description = "A file written by kzk zk export; - for stdin.")
    Path file;

    @Option(names = "--to", paramLabel = "PATH", description = "Where the export's root goes (default: where it came from).")
    String to;

    @Option(names = "--overwrite", description = "Replace the data of znodes that exist already.")
    boolean overwrite;

    @Option(names = "--dry-run", description = "Count what would be created and overwritten; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Path source = file;
        if (file.toString().equals("-")) {
            // Read twice (check, then write), so stdin is kept in a temporary file.
            source = Files.createTempFile("kzk-import", ".json");
            source.toFile().deleteOnExit();
            try (InputStream in = environment().stdin()) {
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        ExportFileReader dump = new ExportFileReader(source);
        String root = to != null ? to : dump.exportedRoot();
        if (root == null) {
            throw KzkException.invalidInput(file + " names no root: give --to PATH");
        }
        var result = new SubtreeWriter(ZkConnections.handle(session().zookeeper()), globals().timeout())
                .write(dump, root, overwrite, dryRun);
        output().emit(result, List.of(new Block.Lines(null, List.of(Cell.of(summary(result))))));
        return 0;
    }

    static String summary(SubtreeWriter.Result r) {
        return (r.dryRun() ? "would create " : "created ") + r.created() + " znodes under " + r.root()
                + ", " + (r.dryRun() ? "would overwrite " : "overwrote ") + r.overwritten()
                + ", " + r.unchanged() + " already equal"
                + (r.skippedEphemeral() > 0 ? ", skipped " + r.skippedEphemeral() + " ephemeral" : "");
    }
}
