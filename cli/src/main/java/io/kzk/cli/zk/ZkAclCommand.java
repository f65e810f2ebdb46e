package io.kzk.cli.zk;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk zk acl}. */
@Command(name = "acl", header = "Read or replace a znode's ACL.",
        subcommands = {ZkAclGetCommand.class, ZkAclSetCommand.class})
public final class ZkAclCommand extends CommandGroup {
}
