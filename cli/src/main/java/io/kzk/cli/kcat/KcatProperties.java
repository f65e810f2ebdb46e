package io.kzk.cli.kcat;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * kcat's -X properties as kzk's clients take them. kcat hands -X to librdkafka, which refuses a
 * name it does not know (kcat then exits 1); kzk's clients are Kafka's Java clients, which
 * would only log an unknown name and go on. So a name is taken when it is a Java client
 * property, translated when it is a librdkafka name with a Java counterpart, dropped when it
 * is a librdkafka name that means nothing to the Java clients, and refused otherwise.
 */
final class KcatProperties {
    /** librdkafka names and the Java client property each becomes. */
    static final Map<String, String> RENAMED = Map.of(
            "metadata.broker.list", "bootstrap.servers",
            "queue.buffering.max.ms", "linger.ms",
            "compression.codec", "compression.type",
            "request.required.acks", "acks",
            "message.timeout.ms", "delivery.timeout.ms",
            "sasl.mechanisms", "sasl.mechanism",
            "ssl.ca.location", "ssl.truststore.location");
    /** librdkafka names with no meaning for Kafka's Java clients: what they ask for they do anyway, or kzk kcat does. */
    static final Set<String> WITHOUT_EFFECT = Set.of("api.version.request", "enable.partition.eof", "produce.offset.report");
    /** librdkafka's SASL credentials, which the Java clients take as one JAAS line. */
    private static final String USERNAME = "sasl.username";
    private static final String PASSWORD = "sasl.password";

    private static Set<String> javaNames;

    private KcatProperties() {
    }

    /**
     * The -X values as kzk's -X values, in order, with {@code sasl.username} and {@code sasl.password}
     * joined into {@code sasl.jaas.config} for the mechanism given (PLAIN unless SCRAM).
     *
     * @throws KzkException an -X without "=", or a name neither Kafka's Java clients nor kzk's table of librdkafka names know
     */
    static List<String> translate(List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        String username = null;
        String password = null;
        for (String property : values) {
            int eq = property.indexOf('=');
            if (eq <= 0) {
                throw KzkException.invalidInput("kcat -X " + property + ": expected -X property=value");
            }
            String name = property.substring(0, eq);
            String value = property.substring(eq + 1);
            // kcat's "topic." prefix names a topic-level librdkafka property: the same name without it here
            String bare = name.startsWith("topic.") && !isJavaName(name) ? name.substring("topic.".length()) : name;
            if (bare.equals(USERNAME)) {
                username = value;
            } else if (bare.equals(PASSWORD)) {
                password = value;
            } else if (WITHOUT_EFFECT.contains(bare)) {
                // nothing to pass on
            } else if (RENAMED.containsKey(bare)) {
                out.put(RENAMED.get(bare), value);
                if (bare.equals("ssl.ca.location")) {
                    out.put("ssl.truststore.type", "PEM"); // librdkafka's CA file is PEM
                }
            } else if (isJavaName(bare)) {
                out.put(bare, value);
            } else {
                throw KzkException.invalidInput("kcat -X " + name + ": no such configuration property (kzk kcat takes Kafka's"
                        + " Java client properties and the librdkafka names listed in 'kzk kcat --help')");
            }
        }
        if ((username == null) != (password == null)) {
            throw KzkException.invalidInput("kcat -X " + (username == null ? USERNAME : PASSWORD) + " is missing: kzk kcat"
                    + " needs both sasl.username and sasl.password");
        }
        if (username != null) {
            String mechanism = out.getOrDefault("sasl.mechanism", "PLAIN");
            String module = mechanism.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                    : "org.apache.kafka.common.security.plain.PlainLoginModule";
            out.put("sasl.jaas.config", module + " required username=\"" + jaasQuoted(username) + "\" password=\""
                    + jaasQuoted(password) + "\";");
        }
        List<String> properties = new ArrayList<>();
        out.forEach((name, value) -> properties.add(name + "=" + value));
        return properties;
    }

    private static String jaasQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A property of Kafka's producer, consumer or admin client. Read only when an -X is given: ConfigDef's set-up costs start-up time. */
    private static boolean isJavaName(String name) {
        if (javaNames == null) {
            Set<String> names = new HashSet<>(ProducerConfig.configNames());
            names.addAll(ConsumerConfig.configNames());
            names.addAll(AdminClientConfig.configNames());
            javaNames = names;
        }
        return javaNames.contains(name);
    }
}
