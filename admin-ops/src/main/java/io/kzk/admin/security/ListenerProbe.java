package io.kzk.admin.security;

import io.kzk.common.HostPort;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Finds out what a Kafka listener speaks, for when a client gets no answer: a PLAINTEXT client
 * at a TLS or SASL listener (or a TLS client at a plain one) sees only closed connections, and
 * retries until its timeout. One connection sends a SaslHandshake request naming a mechanism no
 * broker has: a PLAINTEXT listener answers ILLEGAL_SASL_STATE, a SASL one lists its mechanisms,
 * and a TLS one drops the connection, so a second connection tries TLS and asks again inside it.
 *
 * <p>The TLS try trusts any certificate: it only learns that the listener speaks TLS, and sends
 * no credential, only the handshake request. Nothing is written to the cluster.
 */
public final class ListenerProbe {
    private static final short SASL_HANDSHAKE = 17;
    private static final short ILLEGAL_SASL_STATE = 34;
    private static final short UNSUPPORTED_SASL_MECHANISM = 33;
    private static final int CORRELATION = 0x6b7a6b;

    /**
     * What the listener speaks.
     *
     * @param tls              it speaks TLS
     * @param sasl             it takes SASL; null when unknown (a TLS listener that wanted a client certificate first)
     * @param mechanisms       the SASL mechanisms it enables
     * @param clientCertificate it asked for a client certificate before anything else (mTLS)
     */
    public record Finding(boolean tls, Boolean sasl, List<String> mechanisms, boolean clientCertificate) {
        public Finding {
            mechanisms = List.copyOf(mechanisms);
        }

        /** Kafka's security protocol of the listener, or "SSL or SASL_SSL" when the TLS handshake went no further. */
        public String protocol() {
            if (sasl == null) {
                return "SSL or SASL_SSL";
            }
            return sasl ? (tls ? "SASL_SSL" : "SASL_PLAINTEXT") : (tls ? "SSL" : "PLAINTEXT");
        }

        /** Whether a client of {@code securityProtocol} can talk to it. */
        public boolean fits(String securityProtocol) {
            String p = securityProtocol.toUpperCase(Locale.ROOT);
            boolean clientTls = p.equals("SSL") || p.equals("SASL_SSL");
            boolean clientSasl = p.startsWith("SASL_");
            return tls == clientTls && (sasl == null || sasl == clientSasl);
        }
    }

    private ListenerProbe() {
    }

    /** What {@code address} speaks, or empty when it does not answer like a Kafka listener within {@code bound}. */
    public static Optional<Finding> probe(HostPort address, Duration bound) {
        int ms = (int) Math.max(100, Math.min(bound.toMillis(), 10_000));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), ms);
            socket.setSoTimeout(ms);
            Optional<Finding> plain = ask(socket, false);
            if (plain.isPresent()) {
                return plain;
            }
        } catch (SocketTimeoutException e) {
            return Optional.empty(); // accepts and keeps quiet: not ours to judge
        } catch (IOException e) {
            return Optional.empty();
        }
        return probeTls(address, ms);
    }

    /** Empty when the connection was dropped, as a TLS listener does with plain bytes. */
    private static Optional<Finding> ask(Socket socket, boolean tls) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(saslHandshakeRequest());
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int first;
        try {
            first = in.read();
        } catch (SSLException | java.net.SocketTimeoutException e) {
            throw e; // a quiet listener is not a dropped connection: the caller decides
        } catch (IOException e) {
            return Optional.empty(); // reset: dropped
        }
        if (first < 0 || first == 0x15) {
            return Optional.empty(); // closed, or a TLS alert record
        }
        int size = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedShort());
        if (size < 10 || size > 64 * 1024) {
            return Optional.empty();
        }
        byte[] body = new byte[size];
        in.readFully(body);
        ByteBuffer b = ByteBuffer.wrap(body);
        if (b.getInt() != CORRELATION) {
            return Optional.empty();
        }
        short error = b.getShort();
        if (error == ILLEGAL_SASL_STATE) {
            return Optional.of(new Finding(tls, false, List.of(), false));
        }
        if (error != 0 && error != UNSUPPORTED_SASL_MECHANISM) {
            return Optional.empty();
        }
        List<String> mechanisms = new ArrayList<>();
        int count = b.getInt();
        for (int i = 0; i < count && i < 32 && b.remaining() >= 2; i++) {
            byte[] name = new byte[b.getShort()];
            b.get(name);
            mechanisms.add(new String(name, StandardCharsets.UTF_8));
        }
        return Optional.of(new Finding(tls, true, mechanisms, false));
    }

    private static Optional<Finding> probeTls(HostPort address, int ms) {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(address.host(), address.port()), ms);
            raw.setSoTimeout(ms);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyCertificate()}, null);
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, address.host(), address.port(), true)) {
                tls.setSoTimeout(ms);
                try {
                    tls.startHandshake();
                    return ask(tls, true).or(() -> Optional.of(new Finding(true, null, List.of(), false)));
                } catch (SSLException | EOFException e) {
                    // The handshake was refused for want of a client certificate, or failed: a TLS listener either way.
                    boolean wantsCertificate = e.getMessage() != null
                            && (e.getMessage().contains("certificate_required") || e.getMessage().contains("bad_certificate"));
                    return Optional.of(new Finding(true, null, List.of(), wantsCertificate));
                }
            }
        } catch (SSLException e) {
            return Optional.empty(); // not TLS either
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** SaslHandshake v1: header (api key, version, correlation id, client id) and the mechanism. */
    private static byte[] saslHandshakeRequest() {
        byte[] client = "kzk-probe".getBytes(StandardCharsets.UTF_8);
        byte[] mechanism = "KZK-LISTENER-PROBE".getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + 2 + 2 + 4 + 2 + client.length + 2 + mechanism.length);
        b.putInt(b.capacity() - 4).putShort(SASL_HANDSHAKE).putShort((short) 1).putInt(CORRELATION)
                .putShort((short) client.length).put(client).putShort((short) mechanism.length).put(mechanism);
        return b.array();
    }

    /** For the probe only: it learns whether TLS is spoken and sends no secret. */
    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
