package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class KzkExceptionTest {
    @Test
    void unreachableFailuresHaveTheirOwnTypeAndKeepItWhenToldWithMoreContext() {
        KzkException e = KzkException.unreachable("no answer from b:9092", null);
        assertInstanceOf(UnreachableException.class, e);
        KzkException more = e.withMessage("no answer from b:9092 (2 of 5 steps were applied before this one)");
        assertInstanceOf(UnreachableException.class, more);
        assertEquals(FailureKind.UNREACHABLE, more.kind());
        assertSame(e, more.getCause());
    }

    @Test
    void otherKindsKeepTheirKind() {
        KzkException more = KzkException.notFound("no topic t").withMessage("f.yaml:3: no topic t");
        assertEquals(FailureKind.NOT_FOUND, more.kind());
        assertEquals("f.yaml:3: no topic t", more.getMessage());
    }
}
