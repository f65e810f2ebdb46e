package io.kzk.cli.kcat;

import io.kzk.cli.settings.Secrets;
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
import org.apache.kafka.common.config.ConfigDef;

/**
 * kcat's -X properties, and those of its -F files, as kzk's clients take them. kcat hands them to
 * librdkafka, which refuses a name it does not know (kcat then exits 1); kzk's clients are Kafka's
 * Java clients, which would only log an unknown name and go on. So a name is taken when it is a
 * Java client property, translated when it is a librdkafka name with a Java counterpart, dropped
 * when it is a librdkafka name that means nothing to the Java clients, and refused otherwise.
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
    private static Set<String> javaPasswords;

    private KcatProperties() {
    }

    /**
     * One property as kcat was given it: {@code -X name=value}, or a line of a {@code -F} file.
     *
     * @param origin where it came from, for messages: "-X", or "-F FILE:LINE"
     */
    record Setting(String name, String value, String origin) {
        /** An {@code -X name=value} argument, split at the first '=' as kcat splits it. */
        static Setting of(String property) {
            int eq = property.indexOf('=');
            if (eq <= 0) {
                throw KzkException.invalidInput("kcat -X " + property + ": expected -X property=value");
            }
            return new Setting(property.substring(0, eq), property.substring(eq + 1), "-X");
        }

        boolean fromCommandLine() {
            return origin.equals("-X");
        }
    }

    /** As {@link #translateSettings}, of -X arguments. */
    static List<String> translate(List<String> values) {
        return translateSettings(values.stream().map(Setting::of).toList());
    }

    /**
     * The properties, -X's and -F files' in the order kcat was given them, as kzk's -X values: a
     * name given again wins, as in kcat, which applies them in order; {@code sasl.username} and
     * {@code sasl.password} joined into {@code sasl.jaas.config} for the mechanism given (PLAIN unless SCRAM).
     *
     * @throws KzkException a name neither Kafka's Java clients nor kzk's table of librdkafka names
     *                      know, or only one of sasl.username and sasl.password; never with a value in the message
     */
    static List<String> translateSettings(List<Setting> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        Setting username = null;
        Setting password = null;
        for (Setting setting : settings) {
            String name = setting.name();
            String value = setting.value();
            // kcat's "topic." prefix names a topic-level librdkafka property: the same name without it here
            String bare = name.startsWith("topic.") && !isJavaName(name) ? name.substring("topic.".length()) : name;
            if (bare.equals(USERNAME)) {
                username = setting;
            } else if (bare.equals(PASSWORD)) {
                password = setting;
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
                throw unknown(setting);
            }
        }
        if ((username == null) != (password == null)) {
            Setting given = username == null ? password : username;
            String missing = username == null ? USERNAME : PASSWORD;
            throw KzkException.invalidInput(given.fromCommandLine()
                    ? "kcat -X " + missing + " is missing: kzk kcat needs both sasl.username and sasl.password"
                    : "kcat " + given.origin() + " sets " + given.name() + " but nothing sets " + missing
                    + ": kzk kcat needs both sasl.username and sasl.password");
        }
        if (username != null) {
            String mechanism = out.getOrDefault("sasl.mechanism", "PLAIN");
            String module = mechanism.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                    : "org.apache.kafka.common.security.plain.PlainLoginModule";
            out.put("sasl.jaas.config", module + " required username=\"" + jaasQuoted(username.value()) + "\" password=\""
                    + jaasQuoted(password.value()) + "\";");
        }
        List<String> properties = new ArrayList<>();
        out.forEach((name, value) -> properties.add(name + "=" + value));
        return properties;
    }

    /** A name kzk kcat takes: a Java client property, or a librdkafka name of its table, with or without "topic.". */
    static boolean isKnown(String name) {
        String bare = name.startsWith("topic.") ? name.substring("topic.".length()) : name;
        return isJavaName(name) || isJavaName(bare) || RENAMED.containsKey(bare) || WITHOUT_EFFECT.contains(bare)
                || bare.equals(USERNAME) || bare.equals(PASSWORD);
    }

    private static KzkException unknown(Setting setting) {
        String hint = " (kzk kcat takes Kafka's Java client properties and the librdkafka names 'kzk kcat -X list' shows)";
        if (setting.fromCommandLine()) {
            return KzkException.invalidInput("kcat -X " + setting.name() + ": no such configuration property" + hint);
        }
        // kcat's words, "FILE:LINE: No such configuration property: \"NAME\"", showing no more of the
        // line than a name can be: a Java-style "name: value" line would have its value before an '='
        String name = setting.name();
        int end = 0;
        while (end < name.length() && isNameChar(name.charAt(end))) {
            end++;
        }
        String shown;
        if (end == name.length()) {
            shown = "\"" + name + "\"";
        } else if (end > 0 && name.substring(end).isBlank()) {
            shown = "\"" + name + "\" (a space before '='; kcat takes name=value with nothing around '=')";
        } else {
            shown = "\"" + name.substring(0, end) + "...\" (the rest not shown; kcat takes only '=' between a name and its value)";
        }
        return KzkException.invalidInput("kcat " + setting.origin() + ": No such configuration property: " + shown
                + (end == name.length() ? hint : ""));
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    private static String jaasQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * A property whose value is a secret: one Kafka's Java clients type as a password (their
     * config logs show it as [hidden]: keys, key and store passwords, JAAS lines, PEM key
     * material), or one kzk hides wherever it shows settings.
     */
    static boolean isSecret(String name) {
        if (javaPasswords == null) {
            Set<String> names = new HashSet<>();
            for (ConfigDef def : List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef())) {
                def.configKeys().forEach((key, config) -> {
                    if (config.type == ConfigDef.Type.PASSWORD) {
                        names.add(key);
                    }
                });
            }
            javaPasswords = names;
        }
        return javaPasswords.contains(name) || Secrets.isSecret(name);
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
