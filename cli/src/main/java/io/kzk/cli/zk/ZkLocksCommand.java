package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.zk.recipes.RecipeHolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk locks}. */
@Command(name = "locks", header = "Curator locks under a path: who holds each, who waits.",
        description = {
            "Finds Curator InterProcessMutex, InterProcessReadWriteLock and LeaderSelector locks under PATH",
            "(PATH itself included) and lists their contenders in order: the holder first, then those",
            "waiting, each with its session and data (a client address or participant id)."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk locks /app/locks", "  kzk zk locks / -o json"})
public final class ZkLocksCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", defaultValue = "/", description = "Where to look (default: /).")
    String path;

    @Override
    public Integer call() {
        RecipeTable.emit(output(), new RecipeHolders(session().zookeeper(), globals().timeout()).locks(path), "HOLDS");
        return 0;
    }
}
