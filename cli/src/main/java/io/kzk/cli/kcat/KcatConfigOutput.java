package io.kzk.cli.kcat;

import io.kzk.cli.settings.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kcat's {@code -X list} and {@code -X dump}, as kzk kcat answers them without a cluster. kcat's
 * list is librdkafka's table of properties; kzk kcat's is the table of what it takes, in the same
 * markdown shape. kcat's dump is librdkafka's configuration, {@code name = value} a line under
 * {@code # Global config} and {@code # Topic config}; kzk kcat's is the Java client properties its
 * -X and -F give, sorted (the Java clients have no fixed order to follow), secrets hidden.
 */
final class KcatConfigOutput {
    /** The width of the first column of kcat's -X list (librdkafka's "%-40s"). */
    private static final int NAME_WIDTH = 40;

    private KcatConfigOutput() {
    }

    /** What {@code kzk kcat -X list} prints: each librdkafka name kzk kcat takes and what it becomes, then the Java names. */
    static String list() {
        Map<String, String> rows = new TreeMap<>();
        KcatProperties.RENAMED.forEach((name, becomes) -> rows.put(name, becomes));
        rows.put("ssl.ca.location", "ssl.truststore.location, with ssl.truststore.type=PEM");
        rows.put("sasl.username", "sasl.jaas.config, with sasl.password: Kafka's PLAIN login module, or SCRAM's when"
                + " sasl.mechanism(s) is SCRAM-...");
        rows.put("sasl.password", "sasl.jaas.config, with sasl.username");
        rows.put("api.version.request", "nothing: Kafka's Java clients always negotiate API versions");
        rows.put("enable.partition.eof", "nothing: kzk kcat reports partition ends itself (-e)");
        rows.put("produce.offset.report", "nothing: deprecated in librdkafka, no longer used");
        rows.put("topic.NAME", "NAME: kcat's prefix of a topic-level property (topic.acks is acks)");
        StringBuilder out = new StringBuilder();
        out.append("## Configuration properties kzk kcat takes (kzk's clients are Kafka's Java clients)\n\n");
        out.append(pad("Property")).append(" | Becomes\n");
        out.append("-".repeat(NAME_WIDTH)).append("-|-").append("-".repeat(NAME_WIDTH)).append('\n');
        rows.forEach((name, becomes) -> out.append(pad(name)).append(" | ").append(becomes).append('\n'));
        out.append('\n');
        out.append("Any property of Kafka's Java producer, consumer or admin client (acks, linger.ms, max.poll.records,\n");
        out.append("security.protocol, sasl.mechanism, sasl.jaas.config, ssl.truststore.location ...) is taken as it is.\n");
        out.append("Any other name is refused, as librdkafka refuses a name it does not know.\n");
        return out.toString();
    }

    /**
     * What {@code kzk kcat -X dump} prints: kcat's two sections, the properties (kzk -X values,
     * {@code name=value}) sorted by name under {@code # Global config}; the topic section is
     * empty, since Kafka's Java clients have none (a {@code topic.} property is under its bare name).
     */
    static String dump(List<String> properties) {
        Map<String, String> sorted = new TreeMap<>();
        for (String property : properties) {
            int eq = property.indexOf('=');
            String name = property.substring(0, eq);
            sorted.put(name, KcatProperties.isSecret(name) ? Secrets.MASK : property.substring(eq + 1));
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Global config");
        sorted.forEach((name, value) -> lines.add(name + " = " + value));
        lines.add("");
        lines.add("# Topic config");
        lines.add("");
        return String.join("\n", lines) + "\n";
    }

    private static String pad(String text) {
        return text.length() >= NAME_WIDTH ? text : text + " ".repeat(NAME_WIDTH - text.length());
    }
}
