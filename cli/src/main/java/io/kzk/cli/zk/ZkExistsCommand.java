package io.kzk.cli.zk;

import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.zk.ZnodeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk exists}: the answer is the exit code. */
@Command(name = "exists", header = "Exit 0 if a znode exists, 4 if not; prints nothing.",
        description = "For scripts: exits 0 when PATH exists and 4 when it does not, printing nothing (-v says which on stderr).",
        footerHeading = "%nExamples:%n", footer = "  kzk zk exists /admin/reassign_partitions && echo 'a reassignment is running'")
public final class ZkExistsCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Override
    public Integer call() {
        boolean exists = new ZnodeService(session().zookeeper(), globals().timeout()).exists(path).isPresent();
        verbose(path + (exists ? " exists" : " does not exist"));
        return exists ? ExitCode.OK.code() : ExitCode.NOT_FOUND.code();
    }
}
