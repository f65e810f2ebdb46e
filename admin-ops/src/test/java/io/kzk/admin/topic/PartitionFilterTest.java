package io.kzk.admin.topic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionFilterTest {
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
