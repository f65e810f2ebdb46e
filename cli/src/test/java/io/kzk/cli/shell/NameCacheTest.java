package io.kzk.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NameCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final NameCache cache = new NameCache(Duration.ofSeconds(15), Duration.ofMillis(50), Duration.ofMillis(200),
            now::get, executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void freshNamesAnswerWithoutLoadingAndOldOnesAreLoadedAgain() {
        AtomicInteger loads = new AtomicInteger();
        assertEquals(List.of("a"), cache.get("prod", "topics", () -> List.of("a" + "".repeat(loads.incrementAndGet()))));
        now.addAndGet(Duration.ofSeconds(14).toNanos());
        assertEquals(List.of("a"), cache.get("prod", "topics", () -> List.of("b" + loads.incrementAndGet())));
        assertEquals(1, loads.get(), "within the time to live nothing is asked");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals(List.of("b2"), cache.get("prod", "topics", () -> List.of("b" + loads.incrementAndGet())));
        cache.expire("prod");
        assertEquals(List.of("c3"), cache.get("prod", "topics", () -> List.of("c" + loads.incrementAndGet())),
                "expired after a command: asked again");
    }

    @Test
    void eachContextHasItsOwnNames() {
        cache.get("prod", "topics", () -> List.of("p"));
        assertEquals(List.of("s"), cache.get("staging", "topics", () -> List.of("s")));
        assertEquals(List.of("p"), cache.get("prod", "topics", () -> List.of("never")));
        cache.drop("prod");
        assertEquals(List.of("p2"), cache.get("prod", "topics", () -> List.of("p2")));
    }

    @Test
    void aSlowClusterAnswersWithinTheDeadlineWithTheOldNamesOrNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        long start = System.nanoTime();
        assertEquals(List.of(), cache.get("prod", "topics", () -> {
            release.await();
            return List.of("late");
        }));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= 190 && took < 1000, "waited " + took + " ms, the empty deadline being 200 ms");
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> names = List.of();
        while (names.isEmpty() && System.nanoTime() < deadline) {
            names = cache.get("prod", "topics", () -> List.of("reloaded"));
        }
        assertEquals(List.of("late"), names, "the slow answer is kept when it comes");

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        CountDownLatch never = new CountDownLatch(1);
        start = System.nanoTime();
        assertEquals(List.of("late"), cache.get("prod", "topics", () -> {
            never.await();
            return List.of("x");
        }), "an unreachable cluster completes from the stale names");
        took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took < 500, "waited " + took + " ms, the stale deadline being 50 ms");
        never.countDown();
    }

    @Test
    void aFailedLoadLeavesTheOldNames() {
        cache.get("prod", "topics", () -> List.of("a"));
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertEquals(List.of("a"), cache.get("prod", "topics", () -> {
            throw new IllegalStateException("unreachable");
        }));
    }
}
