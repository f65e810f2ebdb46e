package io.kzk.admin.reassign;

import java.util.List;

/**
 * A reassignment's progress, partition by partition, with totals.
 *
 * @param bytesCopied bytes the replicas being added hold so far, over all moving partitions
 * @param bytesToCopy what they will hold when done
 * @param brokersNotAnswering brokers whose log dirs could not be read (down, or too slow): the
 *                            byte counts leave out their replicas
 */
public record ReassignmentStatus(List<PartitionProgress> partitions, int done, int moving, int waiting, int changed,
                                 long bytesCopied, long bytesToCopy, List<Integer> brokersNotAnswering) {
    public ReassignmentStatus {
        partitions = List.copyOf(partitions);
        brokersNotAnswering = List.copyOf(brokersNotAnswering);
    }

    static ReassignmentStatus of(List<PartitionProgress> partitions, java.util.Collection<Integer> notAnswering) {
        int done = 0;
        int moving = 0;
        int waiting = 0;
        int changed = 0;
        long copied = 0;
        long toCopy = 0;
        for (PartitionProgress p : partitions) {
            switch (p.state()) {
                case DONE -> done++;
                case MOVING -> moving++;
                case WAITING -> waiting++;
                case CHANGED -> changed++;
            }
            copied += p.bytesCopied();
            toCopy += p.bytesToCopy();
        }
        return new ReassignmentStatus(partitions, done, moving, waiting, changed, copied, toCopy,
                notAnswering.stream().sorted().toList());
    }

    /** The same status, naming more brokers that could not be read or changed. */
    public ReassignmentStatus withBrokersNotAnswering(java.util.Collection<Integer> more) {
        java.util.Set<Integer> all = new java.util.TreeSet<>(brokersNotAnswering);
        all.addAll(more);
        return new ReassignmentStatus(partitions, done, moving, waiting, changed, bytesCopied, bytesToCopy, List.copyOf(all));
    }

    public boolean complete() {
        return done == partitions.size();
    }
}
