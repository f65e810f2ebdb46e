package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The pure parts of execution: rounds under --batch and --max-moves-per-broker, and throttle scopes. */
class ReassignmentRoundsTest {
    private static TopicPartition tp(int p) {
        return new TopicPartition("t", p);
    }

    @Test
    void batchesTakePartitionsInOrder() {
        Map<TopicPartition, List<Integer>> original = new TreeMap<>(java.util.Comparator.comparingInt(TopicPartition::partition));
        Map<TopicPartition, List<Integer>> target = new TreeMap<>(java.util.Comparator.comparingInt(TopicPartition::partition));
        for (int p = 0; p < 7; p++) {
            original.put(tp(p), List.of(1, 2));
            target.put(tp(p), List.of(1, 3));
        }
        var rounds = ReassignmentExecutor.rounds(original, target, 3, 0);
        assertEquals(List.of(List.of(tp(0), tp(1), tp(2)), List.of(tp(3), tp(4), tp(5)), List.of(tp(6))), rounds);
    }

    @Test
    void noBrokerIsTouchedByMoreMovesThanAllowedInARound() {
        Map<TopicPartition, List<Integer>> original = Map.of(tp(0), List.of(1, 2), tp(1), List.of(1, 2), tp(2), List.of(4, 5),
                tp(3), List.of(1, 2));
        Map<TopicPartition, List<Integer>> target = Map.of(tp(0), List.of(1, 3), tp(1), List.of(1, 3), tp(2), List.of(4, 6),
                tp(3), List.of(2, 1)); // 3 only reorders: it touches no broker
        var rounds = ReassignmentExecutor.rounds(original, target, 0, 1);
        assertEquals(List.of(List.of(tp(0), tp(2), tp(3)), List.of(tp(1))), rounds);
    }

    @Test
    void throttlesCoverTheSendersAndTheReplicasBeingAdded() {
        var scope = ReplicationThrottles.scope(Map.of(tp(0), List.of(1, 2), tp(1), List.of(1, 2)),
                Map.of(tp(0), List.of(2, 3), tp(1), List.of(2, 1)));
        assertEquals(Map.of("t", Set.of("0:1", "0:2")), scope.leaderEntries());
        assertEquals(Map.of("t", Set.of("0:3")), scope.followerEntries());
        assertEquals(Set.of(1, 2, 3), scope.brokers());
    }
}
