package io.kzk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
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
}
