package io.kzk.admin.reassign;

import java.util.List;

/**
 * A reassignment's progress, partition by partition, with totals.
 *
 * @param bytesCopied bytes the replicas being added hold so far, over all moving partitions
 * @param bytesToCopy what they will hold when done
 */
public record ReassignmentStatus(List<PartitionProgress> partitions, int done, int moving, int waiting, int changed,
                                 long bytesCopied, long bytesToCopy) {
    public ReassignmentStatus {
        partitions = List.copyOf(partitions);
    }

    static ReassignmentStatus of(List<PartitionProgress> partitions) {
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
        return new ReassignmentStatus(partitions, done, moving, waiting, changed, copied, toCopy);
    }

    public boolean complete() {
        return done == partitions.size();
    }
}
