package io.kzk.cli.topic;

import io.kzk.admin.topic.TopicChange;
import io.kzk.common.NamePattern;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kzk topic delete}: asks on a terminal, refuses without one unless --yes. */
@Command(name = "delete", aliases = "rm", header = "Delete topics, after confirmation.",
        description = {
            "Deletes the topics named, or every topic matching --all-matching PATTERN (a glob; internal",
            "topics never match and are refused by name). On a terminal it lists what will go and asks;",
            "without a terminal it refuses unless --yes is given. If a named topic does not exist, nothing",
            "is deleted (unless --if-exists). --dry-run shows what would go."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic delete old-orders", "  kzk topic delete --all-matching 'test-*' --dry-run",
            "  kzk topic delete tmp-1 tmp-2 --if-exists --yes     # in a script"})
public final class TopicDeleteCommand extends LeafCommand {
    @Parameters(arity = "0..*", paramLabel = "TOPIC", description = "Topics to delete.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--all-matching", paramLabel = "PATTERN", description = "Every non-internal topic whose name matches this glob.")
    String pattern;

    @Option(names = "--if-exists", description = "Skip named topics that do not exist instead of failing.")
    boolean ifExists;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "Show what would be deleted; delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (topics.isEmpty() == (pattern == null)) {
            throw new ParameterException(spec.commandLine(), "name the topics to delete, or give --all-matching PATTERN (not both)");
        }
        TopicService service = new TopicService(session().kafka());
        List<String> targets = pattern != null ? service.matching(NamePattern.of(pattern, false))
                : service.deletable(topics, ifExists);
        if (dryRun || targets.isEmpty()) {
            List<TopicChange> plan = targets.stream().map(t -> new TopicChange(t, TopicChange.Outcome.WOULD_DELETE, null, null)).toList();
            output().emit(plan, TopicChangeTable.blocks(plan));
            if (targets.isEmpty()) {
                err().println("kzk: no topic to delete");
            }
            return 0;
        }
        Confirmation.require(environment(), err(), confirm.yes(),
                "delete " + targets.size() + (targets.size() == 1 ? " topic" : " topics") + " and all their data", targets);
        List<TopicChange> done = service.delete(targets);
        output().emit(done, TopicChangeTable.blocks(done));
        return 0;
    }
}
