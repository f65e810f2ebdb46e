package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageReaderTest {
    private static List<OutgoingMessage> read(MessageReader.Format format, String input) throws Exception {
        List<OutgoingMessage> out = new ArrayList<>();
        // a message read from lines is valid only during the call: kept, it is copied
        new MessageReader(format, w -> { }).read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "stdin",
                m -> out.add(OutgoingMessage.of(m.key(), m.value(), m.partition(), m.headers(), m.line())));
        return out;
    }

    private static MessageReader.Format lines(String delimiter, String keyDelimiter, boolean nullEmpty) {
        return new MessageReader.Format(Delimiters.parse("-D", delimiter), keyDelimiter == null ? null : Delimiters.parse("-K", keyDelimiter),
                nullEmpty, null, null, List.of(), false, false, false);
    }

    private static MessageReader.Format keepingEmpty(String delimiter, String keyDelimiter, boolean nullEmpty) {
        return new MessageReader.Format(Delimiters.parse("-D", delimiter), keyDelimiter == null ? null : Delimiters.parse("-K", keyDelimiter),
                nullEmpty, null, null, List.of(), false, false, true);
    }

    private static List<String> values(MessageReader.Format format, String input) throws Exception {
        return read(format, input).stream().map(x -> text(x.value())).toList();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesSkippingEmptyLinesAsKcatDoes() throws Exception {
        var m = read(lines("\\n", null, false), "a\nbb\n\nccc\n");
        assertEquals(List.of("a", "bb", "ccc"), m.stream().map(x -> text(x.value())).toList());
        assertEquals(4, m.get(2).line(), "lines are counted in the input, skipped ones too");
        assertEquals(List.of("last"), values(lines("\\n", null, false), "last"), "no trailing newline");
        assertEquals(List.of("x"), values(lines("\\n", null, false), "\n\nx\n\n"), "delimiters at the start and the end");
        assertEquals(List.of(), values(lines("\\n", null, true), "\n\n"), "with -Z too: an empty line is no message");
        assertEquals(List.of("a\r", "\r"), values(lines("\\n", null, false), "a\r\n\r\n"), "CRLF: the CR is payload, as in kcat");
    }

    @Test
    void theWordAtATimeSearchFindsEveryByteAtEveryPosition() {
        for (int length = 0; length < 40; length++) {
            for (int at = -1; at < length; at++) {
                byte[] data = new byte[length];
                java.util.Arrays.fill(data, (byte) 0x8a); // high bits set: the trick must not take them for a match
                if (at >= 0) {
                    data[at] = '\n';
                    if (at + 1 < length) {
                        data[at + 1] = '\n'; // a second one after it: the first is found
                    }
                }
                assertEquals(at, MessageSplitter.indexOf(data, (byte) '\n', 0, length), "length " + length + ", at " + at);
                if (at > 0) {
                    assertEquals(-1, MessageSplitter.indexOf(data, (byte) '\n', 0, at), "only up to the end given");
                }
            }
        }
        byte[] zeros = new byte[17];
        zeros[13] = 1;
        assertEquals(13, MessageSplitter.indexOf(zeros, (byte) 1, 3, 17));
        assertEquals(3, MessageSplitter.indexOf(zeros, (byte) 0, 3, 17), "a NUL delimiter (-D '\\0')");
    }

    @Test
    void keepingEmptyMessagesIsAskedFor() throws Exception {
        assertEquals(List.of("a", "", "b"), values(keepingEmpty("\\n", null, false), "a\n\nb\n"));
        assertEquals(java.util.Arrays.asList("a", null, "b"), values(keepingEmpty("\\n", null, true), "a\n\nb\n"));
        assertEquals(List.of("", "Z"), values(keepingEmpty(":D:", null, false), ":D:Z:D:"));
    }

    @Test
    void multiByteDelimitersSkipEmptyPiecesAndFindOverlappingStarts() throws Exception {
        assertEquals(List.of("X", "Y"), values(lines(":D:", null, false), "X:D::D:Y"));
        assertEquals(List.of("Z"), values(lines(":D:", null, false), ":D:Z:D:"));
        assertEquals(List.of("a", "c"), values(lines("aab", null, false), "aaabc"), "after 'aa' a third 'a' still starts 'aab'");
        assertEquals(List.of("x", "aby"), values(lines("abab", null, false), "xabababy"), "the first match wins; the rest is payload");
        assertEquals(List.of("1", "2"), values(lines("\\r\\n", null, false), "1\r\n2\r\n"));
    }

    @Test
    void keyDelimiterCornerCasesMatchKcat() throws Exception {
        // As kcat 1.7.1 sent them: "k2:" an empty value, ":v3" an empty key (null only with -Z), no delimiter no key.
        var m = read(lines("\\n", ":", false), "k1:v1\nk2:\n:v3\nnone\n");
        assertEquals(List.of("k1", "k2", "", "none"), m.stream().map(x -> x.key() == null ? "none" : text(x.key())).toList());
        assertEquals(List.of("v1", "", "v3", "none"), m.stream().map(x -> text(x.value())).toList());
        var z = read(lines("\\n", ":", true), "k4:\n:\n");
        assertEquals("k4", text(z.get(0).key()));
        assertNull(z.get(0).value());
        assertNull(z.get(1).key());
        assertNull(z.get(1).value());
    }

    @Test
    void multiByteDelimitersAndKeyDelimiters() throws Exception {
        var m = read(lines(";;", "::", false), "k1::v1;;v2;;k3::v::3;;");
        assertEquals(3, m.size());
        assertEquals("k1", text(m.get(0).key()));
        assertEquals("v1", text(m.get(0).value()));
        assertNull(m.get(1).key());
        assertEquals("v::3", text(m.get(2).value()));
    }

    @Test
    void messagesAcrossReadBlocksComeOutWhole() throws Exception {
        // Lengths chosen so that messages and delimiters straddle the 64 KB blocks the splitter reads.
        List<String> expected = new ArrayList<>();
        for (int length : new int[] {65_535, 1, 100_000, 0, 7, 131_073, 3}) {
            expected.add("m".repeat(length) + length);
        }
        for (String delimiter : List.of("\n", ";;")) {
            var m = read(lines(delimiter.equals("\n") ? "\\n" : delimiter, null, false), String.join(delimiter, expected) + delimiter);
            assertEquals(expected, m.stream().map(x -> text(x.value())).toList(), "delimiter " + delimiter);
        }
    }

    @Test
    void emptyKeysAndValuesBecomeNullWithZ() throws Exception {
        var m = read(lines("\\n", ":", true), ":\nk:\n");
        assertNull(m.get(0).key());
        assertNull(m.get(0).value());
        assertEquals("k", text(m.get(1).key()));
        assertNull(m.get(1).value());
    }

    @Test
    void jsonEnvelopesCarryKeysHeadersPartitionsAndBinary() throws Exception {
        var format = new MessageReader.Format(new byte[] {'\n'}, null, false, null, null, List.of(), true, false, false);
        var m = read(format, "{\"key\":\"k\",\"payload\":\"AAH/\",\"payload_encoding\":\"base64\",\"headers\":[\"a\",\"1\",\"b\",null],"
                + "\"partition\":2}\n\n{\"payload\":null}\n");
        assertEquals(2, m.size());
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, m.get(0).value());
        assertEquals(2, m.get(0).partition());
        assertEquals("a", m.get(0).headers().get(0).getKey());
        assertNull(m.get(0).headers().get(1).getValue());
        assertNull(m.get(1).value());
        var bad = assertThrows(KzkException.class, () -> read(format, "{\"payload\":\"ok\"}\n{oops\n{\"payload\":\"after\"}\n"));
        assertTrue(bad.getMessage().startsWith("stdin:2: not JSON"), bad.getMessage());
        assertTrue(bad.getMessage().contains("the 1 messages before it were sent"), bad.getMessage());
        var skipping = new MessageReader.Format(new byte[] {'\n'}, null, false, null, null, List.of(), true, true, false);
        assertEquals(2, read(skipping, "{\"payload\":\"ok\"}\n{oops\n{\"payload\":\"after\"}\n").size());
    }
}
