package io.kzk.admin.security;

import io.kzk.admin.KafkaFailures;
import io.kzk.common.FailureKind;
import io.kzk.common.HostPort;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaFuture;

/**
 * Waits for a Kafka future like {@link KafkaFailures#await}, but when no answer has come after a
 * moment, asks the first bootstrap server what it speaks ({@link ListenerProbe}); a listener
 * that does not fit the client's security.protocol fails the call at once, naming both, where the
 * client would retry until the timeout. A call that answers within the moment costs nothing.
 */
public final class ListenerMismatch {
    /** Loopback and LAN answers come well within this; a slower call is worth one probe. */
    static final Duration FIRST_LOOK = Duration.ofMillis(1500);
    private static final Duration PROBE_BOUND = Duration.ofSeconds(2);
    /** One probe per bootstrap list and protocol in a process (the shell runs many commands). */
    private static final Map<String, Optional<Finding>> PROBED = new ConcurrentHashMap<>();

    private record Finding(HostPort address, ListenerProbe.Finding finding) {
    }

    private ListenerMismatch() {
    }

    /**
     * @param securityProtocol the client's security.protocol
     */
    public static <T> T await(KafkaFuture<T> future, Duration timeout, String what, String bootstrap, String securityProtocol) {
        long start = System.nanoTime();
        if (timeout.compareTo(FIRST_LOOK.multipliedBy(2)) > 0) {
            try {
                return future.get(FIRST_LOOK.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                check(bootstrap, securityProtocol, what);
            } catch (ExecutionException e) {
                return KafkaFailures.await(future, timeout, what, bootstrap); // done: translated there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed(what + " was interrupted", e);
            }
        }
        Duration left = timeout.minusNanos(System.nanoTime() - start);
        try {
            return KafkaFailures.await(future, left.isNegative() ? Duration.ZERO : left, what, bootstrap);
        } catch (KzkException e) {
            if (e.kind() == FailureKind.UNREACHABLE && !left.equals(timeout)) {
                // Say the whole timeout, not what was left of it after the first look.
                throw KafkaFailures.translate(new org.apache.kafka.common.errors.TimeoutException(e.getMessage()),
                        what, bootstrap, timeout);
            }
            throw e;
        }
    }

    /** Throws when the first bootstrap server that answers the probe speaks another protocol than the client. */
    static void check(String bootstrap, String securityProtocol, String what) {
        String protocol = securityProtocol == null ? "PLAINTEXT" : securityProtocol;
        Optional<Finding> found = PROBED.computeIfAbsent(protocol + " " + bootstrap, k -> probe(bootstrap));
        if (found.isEmpty() || found.get().finding().fits(protocol)) {
            return;
        }
        ListenerProbe.Finding f = found.get().finding();
        throw SecurityFailures.mismatch(what + " failed: Kafka at " + found.get().address() + (f.protocol().startsWith("SSL") ? " is an " : " is a ") + f.protocol()
                + " listener" + (f.mechanisms().isEmpty() ? "" : " (SASL mechanisms " + String.join(", ", f.mechanisms()) + ")")
                + ", but the client connects with security.protocol=" + protocol + ": " + advice(f, protocol), null);
    }

    private static Optional<Finding> probe(String bootstrap) {
        List<HostPort> addresses;
        try {
            addresses = HostPort.parseList(bootstrap, "bootstrap servers");
        } catch (KzkException e) {
            return Optional.empty();
        }
        for (HostPort address : addresses.subList(0, Math.min(2, addresses.size()))) {
            Optional<ListenerProbe.Finding> f = ListenerProbe.probe(address, PROBE_BOUND);
            if (f.isPresent()) {
                return Optional.of(new Finding(address, f.get()));
            }
        }
        return Optional.empty();
    }

    private static String advice(ListenerProbe.Finding f, String clientProtocol) {
        StringBuilder a = new StringBuilder("set security.protocol=");
        if (f.sasl() == null) {
            a.append("SSL (or SASL_SSL)");
        } else {
            a.append(f.protocol());
        }
        if (Boolean.TRUE.equals(f.sasl())) {
            a.append(" with sasl.mechanism and sasl.jaas.config");
        }
        if (f.tls()) {
            a.append(Boolean.TRUE.equals(f.sasl()) ? " and" : " with").append(" ssl.truststore.location/ssl.truststore.password");
            if (f.clientCertificate()) {
                a.append(" and a client certificate (ssl.keystore.*)");
            }
        }
        return a.append(" (--command-config or -X), or connect to the broker's ").append(clientProtocol)
                .append(" listener").toString();
    }
}
