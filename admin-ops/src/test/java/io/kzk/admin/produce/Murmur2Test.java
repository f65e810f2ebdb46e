package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class Murmur2Test {
    @Test
    void hashesASliceAsKafkaHashesTheSameBytesAsAnArray() {
        Random random = new Random(42);
        for (int length = 0; length < 70; length++) {
            for (int round = 0; round < 50; round++) {
                byte[] key = new byte[length];
                random.nextBytes(key);
                int before = random.nextInt(5);
                byte[] around = new byte[before + length + random.nextInt(5)];
                random.nextBytes(around);
                System.arraycopy(key, 0, around, before, length);
                assertEquals(Utils.murmur2(key), Murmur2.hash(around, before, length),
                        "key " + Arrays.toString(key) + " at " + before);
            }
        }
    }
}
