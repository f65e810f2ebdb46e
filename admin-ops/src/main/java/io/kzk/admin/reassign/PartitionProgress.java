package io.kzk.admin.reassign;

import java.util.List;

/**
 * Where one partition of a reassignment stands.
 *
 * @param original     the replicas before the reassignment
 * @param target       the replicas the plan asks for
 * @param replicas     the replicas now (during a move: original and target together)
 * @param adding       replicas being added now (empty unless moving)
 * @param removing     replicas being removed now (empty unless moving)
 * @param bytesCopied  bytes the adding replicas hold so far
 * @param bytesToCopy  bytes they will hold when done (the leader's log size for each)
 */
public record PartitionProgress(String topic, int partition, State state, List<Integer> original, List<Integer> target,
                                List<Integer> replicas, List<Integer> isr, Integer leader, List<Integer> adding,
                                List<Integer> removing, long bytesCopied, long bytesToCopy, List<Integer> stuckOn) {
    /** A partition's state in a reassignment. */
    public enum State {
        /** Its replicas are the target's and all in sync. */
        DONE,
        /** The controller is moving it. */
        MOVING,
        /** Not started: its replicas are still the original ones. */
        WAITING,
        /** Neither the original nor the target replicas, and not moving: changed by someone else. */
        CHANGED
    }

    public PartitionProgress {
        original = List.copyOf(original);
        target = List.copyOf(target);
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
        adding = List.copyOf(adding);
        removing = List.copyOf(removing);
        stuckOn = List.copyOf(stuckOn);
    }
}
