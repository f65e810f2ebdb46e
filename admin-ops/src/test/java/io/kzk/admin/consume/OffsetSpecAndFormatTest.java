package io.kzk.admin.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class OffsetSpecAndFormatTest {
    @Test
    void parsesKcatOffsets() {
        assertEquals(OffsetSpec.Kind.BEGINNING, OffsetSpec.parse("beginning").kind());
        assertEquals(new OffsetSpec(null, OffsetSpec.Kind.FROM_END, 10), OffsetSpec.parse("-10"));
        assertEquals(new OffsetSpec(null, OffsetSpec.Kind.FROM_BEGINNING, 3), OffsetSpec.parse("+3"));
        assertEquals(new OffsetSpec(2, OffsetSpec.Kind.ABSOLUTE, 42), OffsetSpec.parse("2:42"));
        assertEquals(new OffsetSpec(null, OffsetSpec.Kind.TIMESTAMP, 1700000000000L), OffsetSpec.parse("s@1700000000000"));
        assertEquals(OffsetSpec.Kind.END_TIMESTAMP, OffsetSpec.parse("e@2026-11-24T10:00:00Z").kind());
        assertTrue(assertThrows(KzkException.class, () -> OffsetSpec.parse("s@soon")).getMessage().contains("invalid offset 's@soon'"));
        assertThrows(KzkException.class, () -> OffsetSpec.parse("middle"));
    }

    private static String render(RecordFormat format, ConsumerRecord<byte[], byte[]> r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(r, 1, out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void rendersKcatTokensJsonAndEncodings() {
        var r = new ConsumerRecord<>("t", 2, 7L, "k".getBytes(StandardCharsets.UTF_8), new byte[] {0, (byte) 0xff});
        var s = RecordFormat.Encoding.STRING;
        assertEquals("t/2@7 k (1) 2 %\n", render(RecordFormat.of("%t/%p@%o %k (%K) %S %%\\n", null, false, s, s, false), r));
        assertEquals("00ff\n", render(RecordFormat.of(null, null, false, s, RecordFormat.Encoding.HEX, false), r));
        assertEquals("\u0000\u0000\u0000\u0002", render(RecordFormat.of("%R", null, false, s, s, false), r));
        String json = render(RecordFormat.of(null, null, true, s, s, false), r);
        assertTrue(json.contains("\"key\":\"k\",\"payload\":\"AP8=\",\"payload_encoding\":\"base64\""), json);
        assertTrue(json.startsWith("{\"topic\":\"t\",\"partition\":2,\"offset\":7,\"tstype\":\"none\",\"ts\":-1,\"broker\":1"), json);
        assertThrows(KzkException.class, () -> RecordFormat.of("%q", null, false, s, s, false));
        assertThrows(KzkException.class, () -> RecordFormat.of("50%", null, false, s, s, false));
    }
}
