package io.kzk.admin.reassign;

import io.kzk.common.KzkException;
import java.util.List;

/**
 * Places the selected partitions' replicas by the rules. Pure and deterministic: the same input
 * gives the same assignment. A strategy must leave no hard {@link Violation}; the planner checks.
 */
@FunctionalInterface
public interface PlacementStrategy {
    /** The strategy names the CLI offers, the default first. */
    List<String> NAMES = List.of("minimal", "rendezvous");

    Assignment place(Assignment current, PlacementRules rules, PartitionSizes sizes);

    /** Fewest replica moves from the current assignment, balanced inside racks; the default. */
    static PlacementStrategy minimal() {
        return MinimalMovement.standard();
    }

    /** Rendezvous hashing: a placement that depends only on the brokers, stable as they come and go. */
    static PlacementStrategy rendezvous() {
        return new RendezvousPlacement();
    }

    static PlacementStrategy named(String name) {
        return switch (name) {
            case "minimal" -> minimal();
            case "rendezvous" -> rendezvous();
            default -> throw KzkException.invalidInput("unknown placement strategy '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
