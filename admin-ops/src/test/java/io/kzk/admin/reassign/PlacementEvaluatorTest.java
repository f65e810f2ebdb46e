package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlacementEvaluatorTest {
    // Racks: a = {0, 1}, b = {2, 3}.
    private static final PlacementRules RULES = new PlacementRules(new TreeSet<>(List.of(0, 1, 2, 3)),
            new TreeMap<>(Map.of(0, "a", 1, "a", 2, "b", 3, "b", 7, "a")), OptionalInt.of(2));

    private static List<Violation> evaluate(Map<PartitionId, List<Integer>> replicas) {
        return PlacementEvaluator.evaluate(Assignment.of(replicas), RULES);
    }

    private static PartitionId p(int n) {
        return new PartitionId("t", n);
    }

    @Test
    void aGoodPlacementBreaksNothing() {
        assertEquals(List.of(), evaluate(Map.of(p(0), List.of(0, 2), p(1), List.of(3, 1))));
    }

    @Test
    void eachHardRuleIsNamedWithThePartition() {
        // t-1 has 3 replicas over 2 racks: 2 in b and 1 in a is the allowed spread.
        List<Violation> v = evaluate(Map.of(p(0), List.of(0, 7), p(1), List.of(2, 3, 0), p(2), List.of(1, 1)));
        assertEquals(List.of(
                "t-0 has a replica on broker 7, which is not a target broker",
                "t-0 has 2 of its 2 replicas in rack a; with 2 racks each rack should hold 1",
                "t-0 has 0 of its 2 replicas in rack b; with 2 racks each rack should hold 1",
                "t-1 has 3 replicas; the target replication factor is 2",
                "t-2 lists broker 1 twice"), v.stream().filter(x -> x.kind().hard()).map(Violation::message).toList());
        assertEquals(List.of(Violation.Kind.NOT_ON_TARGET_BROKER, Violation.Kind.RACK_RULE, Violation.Kind.RACK_RULE,
                Violation.Kind.WRONG_REPLICATION_FACTOR, Violation.Kind.DUPLICATE_REPLICA),
                PlacementEvaluator.hard(v).stream().map(Violation::kind).toList());
    }

    @Test
    void imbalanceIsReportedPerRackAndForLeaders() {
        List<Violation> v = evaluate(Map.of(p(0), List.of(0, 2), p(1), List.of(0, 3), p(2), List.of(0, 2)));
        assertEquals(List.of("rack a: broker 0 holds 3 replicas and broker 1 holds 0",
                "broker 0 leads 3 partitions and broker 1 leads 0"), v.stream().map(Violation::message).toList());
        assertEquals(List.of(Violation.Kind.REPLICAS_UNBALANCED_IN_RACK, Violation.Kind.LEADERS_UNBALANCED),
                v.stream().map(Violation::kind).toList());
    }
}
