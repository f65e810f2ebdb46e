package io.kzk.admin.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicPlannerTest {
    private static DesiredTopic want(String name, Integer partitions, Integer rf, Map<String, String> configs) {
        return new DesiredTopic(name, partitions, rf == null ? null : rf.shortValue(), configs, "topics.yaml:1");
    }

    @Test
    void createsWhatIsMissingAndOrdersTheSteps() {
        var plan = TopicPlanner.plan(List.of(
                        want("b-new", 6, 3, Map.of("retention.ms", "1000")),
                        want("a-old", 12, null, Map.of("cleanup.policy", "compact"))),
                Map.of("a-old", new CurrentTopic("a-old", 6, 3, Map.of("retention.ms", "5"))), List.of("a-old"), false, 10);
        assertEquals(List.of(PlannedChange.Action.CREATE, PlannedChange.Action.ADD_PARTITIONS,
                PlannedChange.Action.SET_CONFIGS, PlannedChange.Action.REMOVE_CONFIGS), plan.stream().map(PlannedChange::action).toList());
        assertEquals("b-new", plan.get(0).topic());
        assertEquals(6, plan.get(0).partitions());
        assertEquals(12, plan.get(1).partitions());
        assertEquals(Map.of("cleanup.policy", "compact"), plan.get(2).configs());
        assertEquals(List.of("retention.ms"), plan.get(3).keys());
        assertEquals("set cleanup.policy (default) -> compact", plan.get(2).detail());
    }

    @Test
    void anAppliedFilePlansNothing() {
        var plan = TopicPlanner.plan(List.of(want("t", 6, 3, Map.of("retention.ms", "1000"))),
                Map.of("t", new CurrentTopic("t", 6, 3, Map.of("retention.ms", "1000"))), List.of("t", "other"), false, 10);
        assertEquals(List.of(), plan);
    }

    @Test
    void unspecifiedPartitionsAndReplicationAreNotCompared() {
        var plan = TopicPlanner.plan(List.of(want("t", null, null, Map.of())),
                Map.of("t", new CurrentTopic("t", 6, 3, Map.of())), List.of("t"), false, 10);
        assertEquals(List.of(), plan);
    }

    @Test
    void neverShrinksPartitions() {
        KzkException e = assertThrows(KzkException.class, () -> TopicPlanner.plan(List.of(want("t", 3, null, Map.of())),
                Map.of("t", new CurrentTopic("t", 6, 3, Map.of())), List.of("t"), false, 10));
        assertTrue(e.getMessage().startsWith("topics.yaml:1: topic 't' asks for 3 partitions but has 6"), e.getMessage());
    }

    @Test
    void replicationFactorChangesAreShownNotApplied() {
        var plan = TopicPlanner.plan(List.of(want("t", null, 3, Map.of())),
                Map.of("t", new CurrentTopic("t", 6, 2, Map.of())), List.of("t"), false, 10);
        assertEquals(1, plan.size());
        assertEquals(PlannedChange.Action.CHANGE_REPLICATION_FACTOR, plan.get(0).action());
        assertFalse(plan.get(0).applicable());
        assertTrue(plan.get(0).detail().contains("kzk reassign"));
    }

    @Test
    void deletesUndeclaredTopicsOnlyWithPrune() {
        var current = Map.of("t", new CurrentTopic("t", 1, 1, Map.of()));
        assertEquals(List.of(), TopicPlanner.plan(List.of(want("t", 1, 1, Map.of())), current, List.of("t", "stray"), false, 10));
        var pruned = TopicPlanner.plan(List.of(want("t", 1, 1, Map.of())), current, List.of("t", "stray"), true, 10);
        assertEquals(1, pruned.size());
        assertEquals(PlannedChange.Action.DELETE, pruned.get(0).action());
        assertEquals("stray", pruned.get(0).topic());
    }

    @Test
    void aTopicDeclaredTwiceNamesBothPlaces() {
        var first = new DesiredTopic("t", 1, null, Map.of(), "a.yaml:3");
        var second = new DesiredTopic("t", 2, null, Map.of(), "b.yaml:7");
        KzkException e = assertThrows(KzkException.class, () -> TopicPlanner.plan(List.of(first, second), Map.of(), List.of(), false, 10));
        assertEquals("b.yaml:7: topic 't' is declared again (first at a.yaml:3)", e.getMessage());
    }

    @Test
    void pruningFromFilesThatDeclareNothingIsRefused() {
        var current = Map.of("t", new CurrentTopic("t", 1, 1, Map.of()));
        KzkException e = assertThrows(KzkException.class, () -> TopicPlanner.plan(List.of(), current, List.of("t", "u"), true, 10));
        assertTrue(e.getMessage().contains("declare no topics would delete every topic"), e.getMessage());
        assertEquals(List.of(), TopicPlanner.plan(List.of(), current, List.of("t", "u"), false, 10));
    }

    @Test
    void pruningMoreThanTheLimitIsRefusedAndSaysHowMany() {
        List<String> all = new java.util.ArrayList<>(List.of("keep"));
        for (int i = 0; i < 12; i++) {
            all.add("stray-" + i);
        }
        var keep = List.of(want("keep", 1, 1, Map.of()));
        var current = Map.of("keep", new CurrentTopic("keep", 1, 1, Map.of()));
        KzkException e = assertThrows(KzkException.class, () -> TopicPlanner.plan(keep, current, all, true, 10));
        assertTrue(e.getMessage().startsWith("--prune would delete 12 topics (stray-0, stray-1, stray-10, stray-11, stray-2, …),"
                + " more than --prune-limit 10"), e.getMessage());
        assertTrue(e.getMessage().endsWith("give --prune-limit 12"), e.getMessage());
        assertEquals(12, TopicPlanner.plan(keep, current, all, true, 12).size());
    }
}
