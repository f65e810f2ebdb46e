package io.kzk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The lists written beside the command tree for start-up's sake (so that a run builds only the
 * group it needs) agree with the tree: a new global option or command group cannot be missed.
 */
class CommandRegistryTest {
    @Test
    void theGlobalOptionsThatTakeAValueAreThoseOfGlobalOptions() {
        CommandLine root = Cli.forGenerators();
        Set<String> taking = new TreeSet<>();
        for (OptionSpec o : root.getCommandSpec().options()) {
            if (o.arity().max() > 0 && o.scopeType() == CommandLine.ScopeType.INHERIT) {
                taking.addAll(Set.of(o.names()));
            }
        }
        assertEquals(taking, new TreeSet<>(Cli.VALUE_OPTIONS));
    }

    @Test
    void theWarmUpsGroupsAreCommandGroupsAndEveryGroupIsInTheTree() {
        Set<String> warmed = new HashSet<>(ClientWarmUp.KAFKA_GROUPS);
        warmed.addAll(ClientWarmUp.ZOOKEEPER_GROUPS);
        assertTrue(Cli.GROUPS.keySet().containsAll(warmed), "warm-up names a group that is not one: " + warmed);
        assertEquals(new TreeSet<>(Cli.GROUPS.keySet()), new TreeSet<>(Cli.forGenerators().getSubcommands().keySet()));
    }

    @Test
    void eachListedSubcommandAnswersToTheNamesItsAnnotationGivesAndTheTreeHasThemInThatOrder() {
        CommandLine tree = Cli.forGenerators();
        assertTrue(Cli.GROUPS.keySet().containsAll(Cli.SUBCOMMANDS.keySet()));
        for (Map.Entry<String, java.util.function.Supplier<List<Subcommand>>> group : Cli.SUBCOMMANDS.entrySet()) {
            List<String> primaryNames = new ArrayList<>();
            for (Subcommand s : group.getValue().get()) {
                CommandLine.Command annotation = s.make().get().getClass().getAnnotation(CommandLine.Command.class);
                List<String> names = new ArrayList<>(List.of(annotation.name()));
                names.addAll(List.of(annotation.aliases()));
                assertEquals(names, s.names(), "kzk " + group.getKey() + " " + annotation.name());
                primaryNames.add(annotation.name());
            }
            assertEquals(primaryNames, new ArrayList<>(tree.getSubcommands().get(group.getKey()).getCommandSpec().subcommands()
                    .entrySet().stream().filter(e -> e.getKey().equals(e.getValue().getCommandName())).map(Map.Entry::getKey).toList()),
                    "kzk " + group.getKey());
        }
    }

    @Test
    void aRunNamingAGroupsCommandBuildsThatCommandAloneAndAnyOtherWordBuildsTheWholeGroup() {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        CliEnvironment environment = new CliEnvironment(Map.of(), false, false, java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream());
        CommandLine alone = Cli.commandLine(environment, nowhere, nowhere, false, new String[] {"-o", "json", "topic", "ls", "--internal"});
        assertEquals(Set.of("topic"), alone.getSubcommands().keySet());
        assertEquals(Set.of("list", "ls"), alone.getSubcommands().get("topic").getSubcommands().keySet());
        assertTrue(alone.getSubcommands().get("topic").getSubcommands().get("list").getCommandSpec().optionsMap().containsKey("--output"),
                "the global options reach the command");
        CommandLine typo = Cli.commandLine(environment, nowhere, nowhere, false, new String[] {"zk", "lss", "/"});
        assertEquals(Cli.forGenerators().getSubcommands().get("zk").getSubcommands().keySet(),
                typo.getSubcommands().get("zk").getSubcommands().keySet());
    }
}
