package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.zk.recipes.RecipeHolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk elections}. */
@Command(name = "elections", header = "Curator leader elections under a path: the leader and the participants.",
        description = {
            "Finds Curator LeaderLatch and LeaderSelector elections under PATH (PATH itself included) and",
            "lists their participants in order, the leader first, with participant ids and sessions."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk elections /app/leader", "  kzk zk elections / -o json"})
public final class ZkElectionsCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "Where to look (default: /).")
    String path;

    @Override
    public Integer call() {
        RecipeTable.emit(output(), new RecipeHolders(session().zookeeper(), globals().timeout()).elections(path), "LEADS");
        return 0;
    }
}
