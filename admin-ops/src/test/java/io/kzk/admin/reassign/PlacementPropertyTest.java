package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random cluster shapes, assignments and targets: whatever the strategy, a plan either is refused
 * as infeasible with a typed failure or breaks no hard rule.
 */
class PlacementPropertyTest {
    private static final int SEEDS = 400;

    @Test
    void noStrategyEverBreaksAHardRule() {
        int planned = 0;
        int refused = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(12);
            int racks = List.of(0, 1, 2, 3, 4).get(random.nextInt(5));
            List<Broker> cluster = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                cluster.add(new Broker(b, racks == 0 ? Optional.empty() : Optional.of("r" + random.nextInt(racks))));
            }
            boolean dead = random.nextInt(5) == 0;
            Assignment current = randomAssignment(random, n, dead);
            PlacementTarget target = randomTarget(random, n, dead);
            for (PlacementStrategy strategy : List.of(PlacementStrategy.minimal(), PlacementStrategy.rendezvous())) {
                try {
                    PlannerCase.of("seed " + seed, cluster, current, target).run(strategy);
                    planned++;
                } catch (KzkException e) {
                    assertEquals(FailureKind.INVALID_INPUT, e.kind(), "seed " + seed + ": " + e.getMessage());
                    assertTrue(e.getMessage().matches(".*\\d.*"), "seed " + seed + ": the refusal names numbers: " + e.getMessage());
                    refused++;
                }
            }
        }
        assertTrue(planned > SEEDS, "most random targets are feasible: " + planned + " planned, " + refused + " refused");
    }

    private static Assignment randomAssignment(Random random, int n, boolean dead) {
        SortedMap<PartitionId, List<Integer>> r = new TreeMap<>();
        int topics = 1 + random.nextInt(3);
        for (int t = 0; t < topics; t++) {
            int partitions = 1 + random.nextInt(40);
            int rf = 1 + random.nextInt(Math.min(n, 4));
            for (int p = 0; p < partitions; p++) {
                List<Integer> brokers = new ArrayList<>();
                for (int b = 0; b < n; b++) {
                    brokers.add(b);
                }
                if (dead) {
                    brokers.add(99);
                }
                Collections.shuffle(brokers, random);
                r.put(new PartitionId("t" + t, p), new ArrayList<>(brokers.subList(0, Math.min(rf, brokers.size()))));
            }
        }
        return Assignment.of(r);
    }

    private static PlacementTarget randomTarget(Random random, int n, boolean dead) {
        PlacementTarget target;
        switch (random.nextInt(3)) {
            case 0 -> target = PlacementTarget.current();
            case 1 -> {
                List<Integer> some = new ArrayList<>();
                for (int b = 0; b < n; b++) {
                    if (random.nextBoolean()) {
                        some.add(b);
                    }
                }
                target = PlacementTarget.exactly(some.isEmpty() ? List.of(0) : some);
            }
            default -> target = PlacementTarget.current().adding(List.of(random.nextInt(n)))
                    .removing(List.of(random.nextInt(n)));
        }
        if (dead) {
            target = target.removing(List.of(99));
        }
        if (random.nextBoolean()) {
            target = target.withReplicationFactor(1 + random.nextInt(4));
        }
        return target;
    }
}
