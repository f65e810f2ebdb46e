package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BalancedLeadersTest {
    private static final PlacementRules FOUR = PlacementRules.withoutRacks(new TreeSet<>(List.of(1, 2, 3, 4)), OptionalInt.empty());

    private static PartitionId p(int n) {
        return new PartitionId("t", n);
    }

    @Test
    void keepsBalancedLeadersWhereTheyAre() {
        Assignment a = Assignment.of(Map.of(p(0), List.of(1, 2), p(1), List.of(2, 3), p(2), List.of(3, 4), p(3), List.of(4, 1)));
        assertEquals(a, new BalancedLeaders().chooseLeaders(a, a, FOUR));
    }

    @Test
    void aPartitionWhoseLeaderLeftTakesTheReplicaLeadingFewest() {
        Assignment before = Assignment.of(Map.of(p(0), List.of(9, 1, 3), p(1), List.of(1, 2), p(2), List.of(3, 4), p(3), List.of(4, 2)));
        Assignment placed = Assignment.of(Map.of(p(0), List.of(1, 3, 2), p(1), List.of(1, 2), p(2), List.of(3, 4), p(3), List.of(4, 2)));
        Assignment led = new BalancedLeaders().chooseLeaders(before, placed, FOUR);
        assertEquals(List.of(2, 1, 3), led.replicasOf(p(0)));
        assertEquals(placed.replicasOf(p(1)), led.replicasOf(p(1)));
    }

    @Test
    void passesLeadershipAlongAChainWhenNoDirectPassExists() {
        // Broker 1 leads 3 and shares its partitions only with broker 2, which leads 2 already;
        // broker 3 leads none. Balance needs 1 -> 2 and 2 -> 3: two changes.
        Assignment a = Assignment.of(Map.of(p(0), List.of(1, 2), p(1), List.of(1, 2), p(2), List.of(1, 2), p(3), List.of(2, 3),
                p(4), List.of(2, 3), p(5), List.of(4, 1)));
        Assignment led = new BalancedLeaders().chooseLeaders(a, a, FOUR);
        assertEquals(List.of(), PlacementEvaluator.evaluate(led, FOUR).stream()
                .filter(v -> v.kind() == Violation.Kind.LEADERS_UNBALANCED).toList());
        ReassignmentPlan plan = ReassignmentPlan.diff(a, led, PartitionSizes.UNKNOWN, FOUR);
        assertEquals(2, plan.summary().leaderChanges());
        assertEquals(0, plan.summary().replicaMoves());
    }
}
