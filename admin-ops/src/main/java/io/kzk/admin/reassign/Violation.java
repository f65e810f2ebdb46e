package io.kzk.admin.reassign;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing a placement breaks. The first four kinds are hard rules (a plan must not leave any);
 * the balance kinds are goals a plan reaches where the replicas allow it.
 */
public record Violation(Kind kind, Optional<PartitionId> partition, OptionalInt broker, Optional<String> rack,
                        String message) {
    public enum Kind {
        NOT_ON_TARGET_BROKER(true),
        WRONG_REPLICATION_FACTOR(true),
        DUPLICATE_REPLICA(true),
        RACK_RULE(true),
        REPLICAS_UNBALANCED_IN_RACK(false),
        LEADERS_UNBALANCED(false);

        private final boolean hard;

        Kind(boolean hard) {
            this.hard = hard;
        }

        /** Whether a plan leaving this is wrong (true) or merely not as balanced as it could be. */
        public boolean hard() {
            return hard;
        }
    }

    static Violation ofPartition(Kind kind, PartitionId partition, String message) {
        return new Violation(kind, Optional.of(partition), OptionalInt.empty(), Optional.empty(), message);
    }

    static Violation ofRack(Kind kind, String rack, String message) {
        return new Violation(kind, Optional.empty(), OptionalInt.empty(), Optional.of(rack), message);
    }

    static Violation ofBrokers(Kind kind, int broker, String message) {
        return new Violation(kind, Optional.empty(), OptionalInt.of(broker), Optional.empty(), message);
    }
}
