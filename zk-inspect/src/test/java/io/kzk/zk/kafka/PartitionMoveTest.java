package io.kzk.zk.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PartitionMoveTest {
    private static KafkaZnode.Topic topic(String name, Map<Integer, List<Integer>> adding, Map<Integer, List<Integer>> removing) {
        return new KafkaZnode.Topic(name, "id", new TreeMap<>(Map.of(0, List.of(1, 2, 3), 1, List.of(2, 3, 4), 2, List.of(3, 4))),
                new TreeMap<>(adding), new TreeMap<>(removing), 3, null);
    }

    @Test
    void partitionsWithReplicasBeingAddedOrRemovedAreInProgressInOrder() {
        var moves = PartitionMove.inProgress(List.of(
                topic("b", Map.of(1, List.of(4)), Map.of(0, List.of(1), 1, List.of(2))),
                topic("a", Map.of(), Map.of()),
                topic("c", Map.of(2, List.of(3)), Map.of())));
        assertEquals(List.of(
                new PartitionMove("b", 0, List.of(1, 2, 3), null, List.of(1)),
                new PartitionMove("b", 1, List.of(2, 3, 4), List.of(4), List.of(2)),
                new PartitionMove("c", 2, List.of(3, 4), List.of(3), null)), moves);
    }
}
