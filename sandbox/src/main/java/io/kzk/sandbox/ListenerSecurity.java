package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one client listener of a secured sandbox is protected, as {@code kzk sandbox up --security}
 * names it: {@code sasl-scram}, {@code sasl-plain}, {@code tls}, {@code mtls}, joined with
 * {@code +} where Kafka allows ({@code sasl-scram+tls} is SASL_SSL; {@code sasl-scram+sasl-plain}
 * enables both mechanisms on one listener).
 *
 * @param scram SCRAM-SHA-512 enabled
 * @param plain PLAIN enabled
 * @param tls   TLS on the connection
 * @param clientAuth the broker requires a client certificate (mTLS); implies {@code tls}
 */
public record ListenerSecurity(boolean scram, boolean plain, boolean tls, boolean clientAuth) {
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    public static final String PLAIN_MECHANISM = "PLAIN";
    private static final List<String> PARTS = List.of("sasl-scram", "sasl-plain", "tls", "mtls");

    public ListenerSecurity {
        if (clientAuth && !tls) {
            throw new IllegalArgumentException("client authentication needs TLS");
        }
        if (!scram && !plain && !tls) {
            throw new IllegalArgumentException("a secured listener needs SASL or TLS");
        }
    }

    /** Parses {@code sasl-scram+tls} and the like. */
    public static ListenerSecurity parse(String text) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : text.toLowerCase(Locale.ROOT).split("\\+", -1)) {
            String p = part.strip();
            if (!PARTS.contains(p)) {
                throw KzkException.invalidInput("unknown sandbox security '" + part + "' in '" + text
                        + "': use " + String.join(", ", PARTS) + ", joined with + (e.g. sasl-scram+tls)");
            }
            if (!parts.add(p)) {
                throw KzkException.invalidInput("sandbox security '" + text + "' names " + p + " twice");
            }
        }
        if (parts.contains("tls") && parts.contains("mtls")) {
            throw KzkException.invalidInput("sandbox security '" + text + "': tls and mtls exclude each other"
                    + " (mtls is TLS with client certificates)");
        }
        boolean mtls = parts.contains("mtls");
        return new ListenerSecurity(parts.contains("sasl-scram"), parts.contains("sasl-plain"),
                mtls || parts.contains("tls"), mtls);
    }

    public boolean sasl() {
        return scram || plain;
    }

    /** Kafka's security protocol for the listener. */
    public String protocol() {
        return sasl() ? (tls ? "SASL_SSL" : "SASL_PLAINTEXT") : "SSL";
    }

    /** The SASL mechanisms the listener enables, SCRAM first. */
    public List<String> mechanisms() {
        List<String> m = new ArrayList<>();
        if (scram) {
            m.add(SCRAM_MECHANISM);
        }
        if (plain) {
            m.add(PLAIN_MECHANISM);
        }
        return m;
    }

    /** The canonical spelling, parts in a fixed order: {@code sasl-scram+tls}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (scram) {
            parts.add("sasl-scram");
        }
        if (plain) {
            parts.add("sasl-plain");
        }
        if (tls) {
            parts.add(clientAuth ? "mtls" : "tls");
        }
        return String.join("+", parts);
    }

    /** The Kafka listener name: {@code SASL_SCRAM_TLS} for {@code sasl-scram+tls}. */
    public String listenerName() {
        return toString().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_');
    }
}
