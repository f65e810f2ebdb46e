package io.kzk.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

class ZnodeStatTest {
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void ephemeralOwnerIsAHexSessionIdInJsonSoNoBitIsLost() {
        long session = 0x1000a8f3c2b0017L; // above 2^53: a JSON number would round it
        JsonNode ephemeral = JSON.valueToTree(new ZnodeStat(1, 2, 3, 4, 5, 0, 0, 0, session, 7, 0));
        assertEquals("0x1000a8f3c2b0017", ephemeral.get("ephemeral_owner").asText());
        assertTrue(ephemeral.get("ephemeral_owner").isTextual());
        assertFalse(ephemeral.has("ephemeral"), ephemeral.toString());
        assertEquals(11, ephemeral.size(), ephemeral.toString());
        JsonNode persistent = JSON.valueToTree(new ZnodeStat(1, 2, 3, 4, 5, 0, 0, 0, 0, 7, 0));
        assertTrue(persistent.get("ephemeral_owner").isNull(), persistent.toString());
    }
}
