package io.kzk.admin.security;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.IllegalSaslStateException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

/**
 * Names the real cause of a failed TLS handshake or SASL exchange, and what to set: the Kafka
 * client reports most of them as one "SSL handshake failed". A wrong password or a refused client
 * certificate is {@link FailureKind#AUTH}; settings that do not fit the listener (trust, host name,
 * expiry, mechanism, SASL where there is none) are {@link FailureKind#SECURITY_MISMATCH}.
 * Messages carry the JDK's and the broker's words, which never hold a password.
 */
public final class SecurityFailures {
    private static final String TRUST_HINT = "set ssl.truststore.location and ssl.truststore.password to a truststore"
            + " holding the CA that signed it (or ssl.truststore.type=PEM with ssl.truststore.certificates)";

    private SecurityFailures() {
    }

    /** The failure for {@code cause}, met while doing {@code what} against {@code bootstrap}. */
    public static KzkException explain(AuthenticationException cause, String what, String bootstrap) {
        String at = what + " failed: Kafka at " + bootstrap;
        if (cause instanceof UnsupportedSaslMechanismException) {
            return mismatch(at + " does not enable the client's SASL mechanism (" + oneLine(cause.getMessage())
                    + "): set sasl.mechanism to one it enables, with a sasl.jaas.config for it", cause);
        }
        if (cause instanceof IllegalSaslStateException) {
            return mismatch(at + " takes no SASL on this listener (" + oneLine(cause.getMessage()) + "): it is a PLAINTEXT"
                    + " or SSL listener; set security.protocol=PLAINTEXT (or SSL), or connect to the broker's SASL listener", cause);
        }
        if (cause instanceof SaslAuthenticationException) {
            return new KzkException(FailureKind.AUTH, at + " refused the credentials (" + oneLine(cause.getMessage())
                    + "); check the user and password in sasl.jaas.config (--command-config or -X)", cause);
        }
        if (cause instanceof SslAuthenticationException) {
            return tls(cause, at);
        }
        return new KzkException(FailureKind.AUTH, at + " refused the credentials (" + detail(cause)
                + "); check --command-config or -X sasl.*/ssl.*", cause);
    }

    private static KzkException tls(AuthenticationException cause, String at) {
        CertificateExpiredException expired = find(cause, CertificateExpiredException.class);
        if (expired != null || reason(cause) == CertPathValidatorException.BasicReason.EXPIRED) {
            return mismatch(at + " presents an expired certificate" + (expired == null ? "" : " (" + oneLine(expired.getMessage()) + ")")
                    + ": the broker needs a renewed certificate; until then nothing can connect over TLS", cause);
        }
        if (find(cause, CertificateNotYetValidException.class) != null
                || reason(cause) == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return mismatch(at + " presents a certificate that is not valid yet: check the clocks of the broker and this machine", cause);
        }
        String all = messages(cause);
        if (all.contains("no subject alternative") || all.contains("no name matching")) {
            return mismatch(at + " presents a certificate that is not for the host name connected to (" + hostnameDetail(cause)
                    + "): connect by a name or address the certificate lists, or ask for a certificate that lists it", cause);
        }
        if (all.contains("unable to find valid certification path") || all.contains("pkix path building failed")
                || all.contains("path does not chain")) {
            return mismatch(at + " presents a certificate the client does not trust: " + TRUST_HINT, cause);
        }
        if (all.contains("certificate_required") || all.contains("bad_certificate") || all.contains("certificate_unknown")
                || all.contains("empty client certificate")) {
            return new KzkException(FailureKind.AUTH, at + " requires a client certificate it trusts (mTLS) and got none or"
                    + " another (" + detail(cause) + "): set ssl.keystore.location and ssl.keystore.password to the client's"
                    + " key and certificate", cause);
        }
        return new KzkException(FailureKind.AUTH, at + ": the TLS handshake failed (" + detail(cause)
                + "); check ssl.* in --command-config or -X", cause);
    }

    static KzkException mismatch(String message, Throwable cause) {
        return new KzkException(FailureKind.SECURITY_MISMATCH, message, cause);
    }

    private static String hostnameDetail(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.toLowerCase(Locale.ROOT).contains("no subject alternative")
                    || m.toLowerCase(Locale.ROOT).contains("no name matching"))) {
                return oneLine(m);
            }
        }
        return "host name mismatch";
    }

    private static CertPathValidatorException.Reason reason(Throwable cause) {
        CertPathValidatorException e = find(cause, CertPathValidatorException.class);
        return e == null ? null : e.getReason();
    }

    private static <T extends Throwable> T find(Throwable cause, Class<T> type) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Every message of the chain, lower case, for matching the JDK's wording. */
    private static String messages(Throwable cause) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = cause; t != null && all.length() < 10_000; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage().toLowerCase(Locale.ROOT)).append(" | ");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString();
    }

    /** The deepest message of the chain: the JDK's own reason, under Kafka's "SSL handshake failed". */
    private static String detail(Throwable cause) {
        String deepest = null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return deepest == null ? cause.getClass().getSimpleName() : oneLine(deepest);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
