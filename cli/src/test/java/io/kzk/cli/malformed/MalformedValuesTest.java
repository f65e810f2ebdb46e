package io.kzk.cli.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.kzk.admin.consume.OffsetSpec;
import io.kzk.admin.consume.RecordFormat;
import io.kzk.common.ByteRates;
import io.kzk.common.Durations;
import io.kzk.common.FailureKind;
import io.kzk.common.HostPort;
import io.kzk.common.KzkException;
import io.kzk.common.Timestamps;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.ZnodeAcls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed values of {@code malformed/values.tsv}, each given straight to the parser that
 * reads it on the command line (no cluster): refused as invalid input in one line, never with
 * another exception (which the CLI would report as "unexpected error", exit 1).
 */
class MalformedValuesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Map<String, Consumer<String>> PARSERS = Map.of(
            "offset", OffsetSpec::parse,
            "format", v -> RecordFormat.of(v, null, false, RecordFormat.Encoding.STRING, RecordFormat.Encoding.STRING, false),
            "duration", Durations::parse,
            "time", v -> Timestamps.parse(v, CLOCK, ZoneOffset.UTC),
            "znode-path", ZnodePaths::validate,
            "acl", v -> ZnodeAcls.parse(List.of(v)),
            "host-ports", v -> HostPort.parseList(v, "bootstrap servers (from -b)"),
            "zk-connect", ZkAddress::parse,
            "byte-rate", v -> ByteRates.parse("--throttle", v));

    static Stream<Arguments> values() throws IOException {
        try (InputStream in = MalformedValuesTest.class.getResourceAsStream("/malformed/values.tsv")) {
            assertNotNull(in, "malformed/values.tsv");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .map(f -> Arguments.of(f[0], unescape(f[1]))).toList().stream();
        }
    }

    static String unescape(String v) {
        if (v.equals("<empty>")) {
            return "";
        }
        return v.replace("\\t", "\t").replace("\\n", "\n").replace("\\u0000", "\u0000").replace("\\\\", "\\");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("values")
    void isRefusedAsInvalidInputInOneLine(String parser, String value) {
        Consumer<String> parse = PARSERS.get(parser);
        assertNotNull(parse, "no parser named " + parser);
        try {
            parse.accept(value);
            fail(parser + " accepted '" + value + "'");
        } catch (KzkException e) {
            assertEquals(FailureKind.INVALID_INPUT, e.kind(), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError(parser + " '" + value + "' threw " + e + " where it should refuse the value", e);
        }
    }
}
