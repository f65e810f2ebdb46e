package io.kzk.cli.topic;

import io.kzk.admin.topic.CurrentTopic;
import io.kzk.admin.topic.DesiredTopic;
import io.kzk.admin.topic.PlannedChange;
import io.kzk.admin.topic.TopicPlanExecutor;
import io.kzk.admin.topic.TopicPlanner;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk topic apply}: make the cluster's topics what files say. */
@Command(name = "apply", header = "Make topics what YAML/JSON files declare: plan, confirm, apply.",
        description = {
            "Reads the files (YAML or JSON; a list of topics, or an object with a 'topics' list; each",
            "topic has name, and optionally partitions, replication_factor and configs), compares them",
            "with the cluster and prints a plan: create topics, add partitions, set and remove topic",
            "config overrides (the file's configs are the topic's complete set of overrides). A",
            "replication factor change is shown with the reassignment it needs, not applied. Partitions",
            "are never removed; topics are deleted only with --prune, never when the files declare no",
            "topic, and at most --prune-limit of them (10 unless raised). Every step is first checked by",
            "the brokers in validate-only mode (config keys and values, partition counts), so a file",
            "with a mistake changes nothing and --dry-run fails where the apply would. On a terminal it",
            "asks before applying; without one it needs --yes. --dry-run prints the plan and exits 8",
            "when there is something to change, 0 when not. Applying an applied file changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic apply -f topics.yaml --dry-run     # in CI: exit 8 means drift",
            "  kzk topic apply -f topics.yaml -f more.json --yes",
            "  kzk topic apply -f all-topics.yaml --prune"})
public final class TopicApplyCommand extends LeafCommand {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true, description = "A YAML or JSON file; repeatable.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the plan only; exit 8 if anything would change.")
    boolean dryRun;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--prune", description = "Also delete the non-internal topics that no file declares.")
    boolean prune;

    @Option(names = "--prune-limit", paramLabel = "N", defaultValue = "10",
            description = "With --prune: refuse to delete more than N topics (default: ${DEFAULT-VALUE}).")
    int pruneLimit;

    /** What {@code topic apply} prints as JSON or YAML. */
    public record ApplyDocument(boolean dryRun, boolean applied, List<PlannedChange> changes) {
    }

    @Override
    public Integer call() {
        List<DesiredTopic> desired = new ArrayList<>();
        for (Path file : files) {
            desired.addAll(TopicFiles.read(file));
        }
        TopicService service = new TopicService(session().kafka());
        Map<String, CurrentTopic> current = service.current(desired.stream().map(DesiredTopic::name).toList());
        List<String> all = prune ? service.matching(name -> true) : List.of();
        List<PlannedChange> plan = TopicPlanner.plan(desired, current, all, prune, pruneLimit);
        List<PlannedChange> applicable = plan.stream().filter(PlannedChange::applicable).toList();
        if (applicable.isEmpty()) {
            output().emit(new ApplyDocument(dryRun, false, plan), blocks(plan));
            err().println("kzk: nothing to change: " + desired.size() + (desired.size() == 1 ? " topic is" : " topics are")
                    + " as declared" + (plan.isEmpty() ? "" : ", apart from what apply cannot do (above)"));
            return ExitCode.OK.code();
        }
        Map<String, String> origins = new HashMap<>();
        desired.forEach(d -> origins.put(d.name(), d.origin()));
        TopicPlanExecutor executor = new TopicPlanExecutor(session().kafka());
        if (dryRun) {
            executor.validate(plan, origins);
            output().emit(new ApplyDocument(true, false, plan), blocks(plan));
            return ExitCode.PENDING.code();
        }
        Confirmation.require(environment(), err(), confirm.yes(), "apply " + applicable.size()
                + (applicable.size() == 1 ? " change" : " changes") + " to the cluster at " + session().connection().bootstrapServers(),
                applicable.stream().map(c -> c.topic() + ": " + c.detail()).toList());
        executor.apply(plan, origins);
        output().emit(new ApplyDocument(false, true, plan), blocks(plan));
        return ExitCode.OK.code();
    }

    private static List<Block> blocks(List<PlannedChange> plan) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PlannedChange c : plan) {
            Style style = !c.applicable() ? Style.WARN : c.action() == PlannedChange.Action.DELETE ? Style.BAD : Style.NONE;
            rows.add(List.of(Cell.of(c.topic()), Cell.styled(c.action().name().toLowerCase().replace('_', ' '), style),
                    Cell.of(c.detail())));
        }
        return List.of(new Block.Table(null, List.of("TOPIC", "ACTION", "DETAIL"), rows));
    }
}
