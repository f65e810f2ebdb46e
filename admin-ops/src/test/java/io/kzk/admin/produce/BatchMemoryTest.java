package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchMemoryTest {
    private static final int KB = 1024;

    @Test
    void aFreedBatchBufferIsReusedWholeWhileEveryPartitionHasRoom() {
        BatchMemory memory = new BatchMemory(64 * KB, 8 * KB);
        byte[] full = memory.take(8 * KB, 2);
        memory.give(full);
        assertSame(full, memory.take(KB, 2), "a new batch takes the largest free buffer: it will not need to grow");
    }

    @Test
    void underPressureABatchTakesAFreeBufferAtMostTwiceWhatItNeeds() {
        BatchMemory memory = new BatchMemory(24 * KB, 8 * KB);
        byte[] small = memory.take(KB, 4);
        byte[] medium = memory.take(2 * KB, 4);
        byte[] large = memory.take(8 * KB, 4);
        memory.give(medium);
        memory.give(large);
        assertSame(medium, memory.take(2 * KB, 4), "the smallest that fits, not the 8 KB one");
        memory.give(small);
        assertSame(small, memory.take(KB, 4));
        assertEquals(3 * KB, memory.take(3 * KB, 4).length, "the free 8 KB is more than twice 3 KB: a new one");
    }

    @Test
    void underPressureNewBatchesStartSmallAndTheLimitHolds() {
        BatchMemory memory = new BatchMemory(16 * KB, 8 * KB);
        byte[] a = memory.take(8 * KB, 4);
        memory.give(a);
        // 4 partitions x 8 KB do not fit in 16 KB: a new batch takes the smallest free buffer that fits
        byte[] small = memory.take(KB, 4);
        assertEquals(KB, small.length, "not the 8 KB one: it would hold memory with a message or two");
        byte[] b = memory.take(4 * KB, 4);
        assertFalse(memory.canGrow(8 * KB), "1 + 4 in use, 8 free would pass 16 KB");
        assertTrue(memory.mustWaitFor(12 * KB));
        memory.give(b);
        memory.give(small);
        assertFalse(memory.mustWaitFor(16 * KB), "nothing in use: a batch may always start");
    }
}
