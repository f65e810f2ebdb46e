package io.kzk.cli;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The tests' one way to wait for a condition: polled, bounded, and naming what it waited for. */
public final class Eventually {
    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** A condition that may need a cluster's answer. */
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Waits until {@code check} holds; fails naming {@code what} when {@code within} has passed. */
    public static void until(String what, Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Tries {@code attempt} until its result is {@code done}, for up to {@code within}; the last result either way. */
    public static <T> T last(Supplier<T> attempt, Predicate<T> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        T result = attempt.get();
        while (!done.test(result) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            result = attempt.get();
        }
        return result;
    }
}
