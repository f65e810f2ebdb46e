package io.kzk.admin.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicPatternTest {
    @Test
    void globsMatchWholeNamesWithDotsLiteral() {
        var p = TopicPattern.of("orders.*", false);
        assertTrue(p.test("orders.eu"));
        assertFalse(p.test("ordersXeu"), "a dot in a glob is a dot");
        assertFalse(p.test("old.orders.eu"), "globs match the whole name");
        assertTrue(TopicPattern.of("log?-[ab]", false).test("logs-a"));
        assertFalse(TopicPattern.of("log?-[ab]", false).test("logs-c"));
    }

    @Test
    void regexesWhenAskedAndNullMatchesAll() {
        assertTrue(TopicPattern.of("orders\\.(eu|us)", true).test("orders.us"));
        assertTrue(TopicPattern.of(null, false).test("anything"));
    }

    @Test
    void aBrokenRegexIsInvalidInput() {
        KzkException e = assertThrows(KzkException.class, () -> TopicPattern.of("orders(", true));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains("orders("));
    }

    @Test
    void filtersJudgeAPartitionAgainstItsMinIsr() {
        var atMin = new PartitionState("t", 0, 1, List.of(1, 2, 3), List.of(1, 2));
        assertTrue(PartitionFilter.UNDER_REPLICATED.matches(atMin, 2));
        assertTrue(PartitionFilter.AT_MIN_ISR.matches(atMin, 2));
        assertFalse(PartitionFilter.UNDER_MIN_ISR.matches(atMin, 2));
        assertTrue(PartitionFilter.UNDER_MIN_ISR.matches(atMin, 3));
        assertFalse(PartitionFilter.NON_PREFERRED_LEADER.matches(atMin, 2));
        var offline = new PartitionState("t", 1, null, List.of(3), List.of());
        assertTrue(PartitionFilter.UNAVAILABLE.matches(offline, 1));
        assertFalse(PartitionFilter.NON_PREFERRED_LEADER.matches(offline, 1));
        assertTrue(PartitionFilter.NON_PREFERRED_LEADER.matches(new PartitionState("t", 2, 2, List.of(1, 2), List.of(1, 2)), 1));
    }
}
