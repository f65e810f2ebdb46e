package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePatternTest {
    @Test
    void globsMatchWholeNamesWithDotsLiteral() {
        var p = NamePattern.of("orders.*", false);
        assertTrue(p.test("orders.eu"));
        assertFalse(p.test("ordersXeu"), "a dot in a glob is a dot");
        assertFalse(p.test("old.orders.eu"), "globs match the whole name");
        assertTrue(NamePattern.of("log?-[ab]", false).test("logs-a"));
        assertFalse(NamePattern.of("log?-[ab]", false).test("logs-c"));
    }

    @Test
    void regexesWhenAskedAndNullMatchesAll() {
        assertTrue(NamePattern.of("orders\\.(eu|us)", true).test("orders.us"));
        assertTrue(NamePattern.of(null, false).test("anything"));
    }

    @Test
    void aBrokenRegexIsInvalidInput() {
        KzkException e = assertThrows(KzkException.class, () -> NamePattern.of("orders(", true));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains("orders("));
    }
}
