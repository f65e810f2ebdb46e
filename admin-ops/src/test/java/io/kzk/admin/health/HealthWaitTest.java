package io.kzk.admin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HealthWaitTest {
    private static HealthReport report(boolean healthy, String problem) {
        return new HealthReport(healthy, healthy ? List.of() : List.of(problem), List.of(), 3, 1, 1, List.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    private static Supplier<HealthReport> answers(Object... answers) {
        Iterator<Object> next = List.of(answers).iterator();
        return () -> {
            Object a = next.next();
            if (a instanceof KzkException e) {
                throw e;
            }
            return (HealthReport) a;
        };
    }

    private static final KzkException DOWN = new KzkException(FailureKind.UNREACHABLE, "no answer from Kafka", null);

    @Test
    void failuresItMayWaitOutAndProblemsAreAwaitedUntilHealthy() throws InterruptedException {
        HealthReport healthy = report(true, null);
        List<String> said = new ArrayList<>();
        var got = HealthWait.until(answers(DOWN, report(false, "1 offline partition"), healthy), Duration.ofSeconds(30),
                Duration.ofMillis(1), e -> e.kind() == FailureKind.UNREACHABLE, w -> said.add(w.what()));
        assertSame(healthy, got);
        assertEquals(List.of("no answer from Kafka", "1 offline partition"), said);
    }

    @Test
    void whenTheTimeIsUpTheLastReportIsTheAnswerOrElseTheLastFailure() throws InterruptedException {
        HealthReport sick = report(false, "2 under-replicated partitions");
        assertSame(sick, HealthWait.until(answers(sick), Duration.ZERO, Duration.ofMillis(1), e -> true, w -> { }));
        var e = assertThrows(KzkException.class, () -> HealthWait.until(answers(DOWN), Duration.ZERO, Duration.ofMillis(1),
                x -> true, w -> { }));
        assertSame(DOWN, e);
    }

    @Test
    void aFailureItMayNotWaitOutEndsTheWaitAtOnce() {
        KzkException denied = new KzkException(FailureKind.AUTH, "not authorized", null);
        var e = assertThrows(KzkException.class, () -> HealthWait.until(answers(denied, report(true, null)), Duration.ofSeconds(30),
                Duration.ofMillis(1), x -> x.kind() == FailureKind.UNREACHABLE, w -> { }));
        assertSame(denied, e);
        assertTrue(e.getMessage().contains("not authorized"));
    }
}
