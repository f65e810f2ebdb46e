package io.kzk.cli.zk.kafka;

import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka acls}. */
@Command(name = "acls", header = "ACLs of the ZooKeeper-based authorizer, in /kafka-acl and /kafka-acl-extended.",
        footerHeading = "%nExamples:%n", footer = "  kzk zk kafka acls -o json")
public final class ZkKafkaAclsCommand extends ZkKafkaReadCommand {
    @Override
    void show(KafkaMetadata kafka) {
        List<KafkaZnode.Acl> resources = kafka.acls();
        List<List<Cell>> rows = new ArrayList<>();
        for (KafkaZnode.Acl r : resources) {
            for (KafkaZnode.Acl.Entry a : r.acls()) {
                rows.add(List.of(Cell.of(r.resourceType()), Cell.of(r.patternType()), Cell.of(r.resource()), Cell.of(a.principal()),
                        Cell.of(a.permission()), Cell.of(a.operation()), Cell.of(a.host())));
            }
        }
        output().emit(resources, List.of(new Block.Table(null,
                List.of("RESOURCE TYPE", "PATTERN", "RESOURCE", "PRINCIPAL", "PERMISSION", "OPERATION", "HOST"), rows)));
    }
}
