package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.ZnodeService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk acl get}. */
@Command(name = "get", header = "Show a znode's ACL as scheme:id:perms.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk acl get /brokers", "  kzk zk acl get /secure -o json"})
public final class ZkAclGetCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    /** What {@code zk acl get} prints as JSON. */
    public record AclDocument(String path, List<String> acl, int aclVersion) {
    }

    @Override
    public Integer call() {
        var view = new ZnodeService(session().zookeeper(), globals().timeout()).acl(path);
        List<String> acl = ZnodeAcls.format(view.acl());
        output().emit(new AclDocument(path, acl, view.stat().aversion()),
                List.of(new Block.Lines(null, acl.stream().map(Cell::of).toList())));
        return 0;
    }
}
