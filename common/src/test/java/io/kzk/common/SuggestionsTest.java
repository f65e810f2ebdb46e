package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("retention.ms", "retention.bytes", "cleanup.policy", "segment.ms");

    @Test
    void suggestsTheNearestNameForATypo() {
        assertEquals(Optional.of("retention.ms"), Suggestions.nearest("retention.mss", KEYS));
        assertEquals(Optional.of("retention.ms"), Suggestions.nearest("retenton.ms", KEYS));
        assertEquals(Optional.of("cleanup.policy"), Suggestions.nearest("cleanup.polcy", KEYS));
    }

    @Test
    void suggestsNothingForSomethingElseEntirely() {
        assertEquals(Optional.empty(), Suggestions.nearest("compression.type", KEYS));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
