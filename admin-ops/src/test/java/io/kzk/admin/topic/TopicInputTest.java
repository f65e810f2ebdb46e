package io.kzk.admin.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Topic names and replica assignments are checked before anything is sent to the cluster. */
class TopicInputTest {
    private static String invalid(Runnable r) {
        KzkException e = assertThrows(KzkException.class, r::run);
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        return e.getMessage();
    }

    @Test
    void topicNamesFollowKafkasRules() {
        TopicNames.validate("orders.eu_v2-x");
        assertTrue(invalid(() -> TopicNames.validate("orders eu")).contains("' ' at position 7"));
        assertTrue(invalid(() -> TopicNames.validate("..")).contains("cannot be a topic name"));
        assertTrue(invalid(() -> TopicNames.validate("")).contains("empty"));
        assertTrue(invalid(() -> TopicNames.validate("x".repeat(250))).contains("249"));
        TopicNames.validate("x".repeat(249));
    }

    @Test
    void dotsAndUnderscoresCollide() {
        assertEquals(Optional.of("orders_eu"), TopicNames.collision("orders.eu", List.of("orders_eu", "other")));
        assertEquals(Optional.empty(), TopicNames.collision("orders.eu", List.of("orders.eu", "orders-eu")));
    }

    @Test
    void parsesAssignmentsPreferredLeaderFirst() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(2, 3, 1)), ReplicaAssignment.parse("1:2:3,2:3:1"));
        assertEquals(List.of(List.of(5)), ReplicaAssignment.parse("5"));
    }

    @Test
    void rejectsMalformedAssignmentsNamingThePartition() {
        assertTrue(invalid(() -> ReplicaAssignment.parse("1:2,2:x")).contains("partition 1"));
        assertTrue(invalid(() -> ReplicaAssignment.parse("1:1")).contains("twice"));
        assertTrue(invalid(() -> ReplicaAssignment.parse("1:2,3")).contains("same number"));
        assertTrue(invalid(() -> ReplicaAssignment.parse("1:2,")).contains("partition 1"));
        assertTrue(invalid(() -> ReplicaAssignment.parse(" ")).contains("empty"));
        assertTrue(invalid(() -> ReplicaAssignment.requireBrokers(List.of(List.of(1, 7)), Set.of(1, 2, 3))).contains("[7]"));
    }
}
