package io.kzk.cli.group;

import io.kzk.admin.group.GroupService;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.KzkException;
import io.kzk.cli.output.Plural;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk group delete}. */
@Command(name = "delete", header = "Delete consumer groups (their committed offsets); asks first.",
        description = "Deletes each GROUP, which must have no active members. Asks on a terminal, needs --yes without one; --dry-run shows what would go.",
        footerHeading = "%nExamples:%n", footer = {"  kzk group delete old-billing", "  kzk group delete a b --yes"})
public final class GroupDeleteCommand extends LeafCommand {
    @Parameters(arity = "1..*", paramLabel = "GROUP", description = "Groups to delete.")
    List<String> groups;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "Show what would be deleted; delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        GroupService service = new GroupService(session().kafka());
        List<String> missing = service.missing(groups);
        if (!missing.isEmpty()) {
            throw KzkException.notFound("no consumer " + (missing.size() == 1 ? "group " : "groups ")
                    + missing.stream().map(g -> "'" + g + "'").collect(java.util.stream.Collectors.joining(", "))
                    + ": nothing was deleted; see 'kzk group list'");
        }
        if (!dryRun) {
            Confirmation.require(environment(), err(), confirm.yes(), "delete " + Plural.of(groups.size(), "consumer group"), groups);
            service.delete(groups);
        }
        output().emit(new Deleted(groups, dryRun), List.of(new Block.Lines(null, groups.stream()
                .map(g -> Cell.of((dryRun ? "would delete " : "deleted ") + g)).toList())));
        return 0;
    }

    /** What delete prints as JSON. */
    public record Deleted(List<String> groups, boolean dryRun) {
    }
}
