package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.ZnodeService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk acl set}. */
@Command(name = "set", header = "Replace a znode's ACL.",
        description = {
            "Replaces the ACL of PATH with the ACLs given (scheme:id:perms, perms from cdrwa): world:anyone:r,",
            "auth::cdrwa (the identity given with --zk-auth), digest:user:BASE64-SHA1:rw, ip:10.0.0.1:r,",
            "sasl:kafka:cdrwa. Mind that an ACL without admin (a) for yourself locks you out of changing it."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk acl set /secure auth::cdrwa world:anyone:r --zk-auth digest:bob:secret",
            "  kzk zk acl set /app world:anyone:cdrwa --version 2"})
public final class ZkAclSetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ACL", split = ",", description = "scheme:id:perms, one or more.")
    List<String> acl;

    @Option(names = "--version", paramLabel = "N", defaultValue = "-1", description = "Only if the ACL is at this ACL version.")
    int version;

    @Option(names = "--dry-run", description = "Check the ACL and show it; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        var parsed = ZnodeAcls.parse(acl);
        ZnodeService znodes = new ZnodeService(session().zookeeper(), globals().timeout());
        int aclVersion = dryRun ? znodes.acl(path).stat().aversion() : znodes.setAcl(path, parsed, version).aversion();
        List<String> shown = ZnodeAcls.format(parsed);
        output().emit(new ZkAclGetCommand.AclDocument(path, shown, aclVersion),
                List.of(new Block.Lines(dryRun ? "Would set" : null, shown.stream().map(Cell::of).toList())));
        return 0;
    }
}
