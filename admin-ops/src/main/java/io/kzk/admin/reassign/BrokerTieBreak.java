package io.kzk.admin.reassign;

/**
 * Which of two brokers with the same replica count a picker prefers. Must be a strict, total
 * order (never prefer a broker to itself), so plans come out the same every run.
 */
@FunctionalInterface
public interface BrokerTieBreak {
    /** The lower id wins: plain and predictable. */
    BrokerTieBreak LOWEST_ID = (a, b, load) -> a < b;

    /** The broker with fewer bytes wins, then the lower id: spreads disk use when sizes are known. */
    BrokerTieBreak FEWEST_BYTES = (a, b, load) -> {
        long x = load.bytes(a);
        long y = load.bytes(b);
        return x != y ? x < y : a < b;
    };

    /** Whether {@code a} is preferred over {@code b}. */
    boolean prefers(int a, int b, BrokerLoad load);
}
