package io.kzk.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.security.cert.CertificateExpiredException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.Test;

/** The classification of failed handshakes, on cause chains shaped as the JDK and the Kafka client make them. */
class SecurityFailuresTest {
    private static KzkException tls(Throwable jdkCause) {
        SSLHandshakeException handshake = new SSLHandshakeException(jdkCause.getMessage());
        handshake.initCause(jdkCause);
        return SecurityFailures.explain(new SslAuthenticationException("SSL handshake failed", handshake), "listing topics", "b:9093");
    }

    @Test
    void anExpiredCertificateIsNamedBeforeTrust() {
        var e = tls(new java.security.cert.CertificateException("PKIX path validation failed",
                new CertificateExpiredException("NotAfter: Mon Nov 30 03:00:00 UTC 2026")));
        assertEquals(FailureKind.SECURITY_MISMATCH, e.kind());
        assertTrue(e.getMessage().contains("presents an expired certificate (NotAfter: Mon Nov 30"), e.getMessage());
    }

    @Test
    void untrustedAndOtherHostCertificatesSayWhatToSet() {
        var untrusted = tls(new Exception("PKIX path building failed: unable to find valid certification path to requested target"));
        assertEquals(FailureKind.SECURITY_MISMATCH, untrusted.kind());
        assertTrue(untrusted.getMessage().contains("ssl.truststore.location") && untrusted.getMessage().contains("ssl.truststore.type=PEM"));
        var host = tls(new java.security.cert.CertificateException("No subject alternative names matching IP address 10.0.0.5 found"));
        assertTrue(host.getMessage().contains("not for the host name connected to (No subject alternative names matching IP address"));
    }

    @Test
    void aWrongPasswordIsAuthAndTheMessageIsOneLine() {
        var e = SecurityFailures.explain(new SaslAuthenticationException("Authentication failed\n during authentication"), "x", "b:9092");
        assertEquals(FailureKind.AUTH, e.kind());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void findingsFitTheProtocolsThatCanTalkToThem() {
        var saslSsl = new ListenerProbe.Finding(true, true, List.of("SCRAM-SHA-512"), false);
        assertTrue(saslSsl.fits("SASL_SSL"));
        assertFalse(saslSsl.fits("SSL"));
        assertFalse(saslSsl.fits("SASL_PLAINTEXT"));
        var plaintext = new ListenerProbe.Finding(false, false, List.of(), false);
        assertTrue(plaintext.fits("plaintext"));
        assertFalse(plaintext.fits("SSL"));
        var tlsUnknown = new ListenerProbe.Finding(true, null, List.of(), true);
        assertTrue(tlsUnknown.fits("SSL") && tlsUnknown.fits("SASL_SSL"));
        assertFalse(tlsUnknown.fits("PLAINTEXT"));
        assertEquals("SSL or SASL_SSL", tlsUnknown.protocol());
    }
}
