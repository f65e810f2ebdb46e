package io.kzk.admin.produce;

/**
 * Kafka's murmur2 hash of a key (the default partitioner's: same key, same partition), over a
 * slice of an array: the key of a message read from lines is a slice of the read buffer, and
 * Kafka's {@code Utils.murmur2} takes a whole array only. Equal to it for every input
 * (Murmur2Test).
 */
final class Murmur2 {
    private static final int SEED = 0x9747b28c;
    private static final int M = 0x5bd1e995;
    private static final int R = 24;

    private Murmur2() {
    }

    static int hash(byte[] data, int offset, int length) {
        int h = SEED ^ length;
        int end4 = offset + (length & ~3);
        for (int i = offset; i < end4; i += 4) {
            int k = (data[i] & 0xff) + ((data[i + 1] & 0xff) << 8) + ((data[i + 2] & 0xff) << 16) + ((data[i + 3] & 0xff) << 24);
            k *= M;
            k ^= k >>> R;
            k *= M;
            h *= M;
            h ^= k;
        }
        switch (length & 3) {
            case 3:
                h ^= (data[end4 + 2] & 0xff) << 16;
                // fall through
            case 2:
                h ^= (data[end4 + 1] & 0xff) << 8;
                // fall through
            case 1:
                h ^= data[end4] & 0xff;
                h *= M;
                break;
            default:
                break;
        }
        h ^= h >>> 13;
        h *= M;
        h ^= h >>> 15;
        return h;
    }
}
