package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpProbeTest {
    @Test
    void tellsAcceptedFromRefusedFromUnknownHostQuickly() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            var results = TcpProbe.probe(List.of(new HostPort("127.0.0.1", open.getLocalPort()),
                    new HostPort("127.0.0.1", closedPort), new HostPort("no-such-host.invalid", 9092)), Duration.ofSeconds(3));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos() + 500_000_000L);
            assertEquals(TcpProbe.Outcome.ACCEPTED, results.get(0).outcome(), results.toString());
            assertEquals(TcpProbe.Outcome.REFUSED, results.get(1).outcome(), results.toString());
            assertEquals("127.0.0.1:" + closedPort + " (connection refused)", results.get(1).toString());
            assertEquals(TcpProbe.Outcome.UNKNOWN_HOST, results.get(2).outcome(), results.toString());
            assertTrue(results.get(1).certainlyDown() && results.get(2).certainlyDown());
        }
    }

    @Test
    void hostPortListsNameTheBadEntryAndWhereItCameFrom() {
        assertEquals(List.of(new HostPort("a", 1), new HostPort("::1", 9092)), HostPort.parseList("a:1,[::1]:9092", "x"));
        var e = assertThrows(KzkException.class, () -> HostPort.parseList("host:port", "bootstrap servers (from -b)"));
        assertEquals("invalid address 'host:port' of bootstrap servers (from -b): 'port' is not a port number:"
                + " use host:port with a port from 1 to 65535", e.getMessage());
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertTrue(assertThrows(KzkException.class, () -> HostPort.parseList("127.0.0.1:99999", "b"))
                .getMessage().contains("port 99999 is out of range"));
        assertTrue(assertThrows(KzkException.class, () -> HostPort.parseList("", "bootstrap servers (from -b)"))
                .getMessage().startsWith("empty bootstrap servers (from -b)"));
        assertTrue(assertThrows(KzkException.class, () -> HostPort.parseList("a:1,", "b"))
                .getMessage().startsWith("empty entry in b 'a:1,'"));
    }
}
