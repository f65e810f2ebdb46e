package io.kzk.cli.group;

import io.kzk.admin.group.GroupService;
import io.kzk.admin.group.GroupSummary;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk group list}. */
@Command(name = "list", header = "Consumer groups with their state, type and member count.",
        footerHeading = "%nExamples:%n", footer = {"  kzk group list", "  kzk group list -o json"})
public final class GroupListCommand extends LeafCommand {
    @Override
    public Integer call() {
        List<GroupSummary> groups = new GroupService(session().kafka()).list();
        output().emit(groups, List.of(new Block.Table(null, List.of("GROUP", "STATE", "TYPE", "MEMBERS", "COORDINATOR"),
                groups.stream().map(g -> List.of(Cell.of(g.group()), Cell.of(g.state()), Cell.of(g.type()), Cell.of(g.members()),
                        Cell.of(g.coordinator()))).toList())));
        return 0;
    }
}
