package io.kzk.admin;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Builds Kafka clients with the settings a short-lived command-line process wants. */
public final class KafkaClients {
    private KafkaClients() {
    }

    /**
     * An Admin client for {@code properties} (which hold at least bootstrap.servers). Request
     * timeouts follow {@code timeout} unless the properties set them; JMX reporting and metrics push,
     * useless to a process that lives a second, are off unless asked for.
     */
    public static Admin admin(Properties properties, Duration timeout) {
        Properties p = new Properties();
        String ms = Long.toString(timeout.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Long.toString(Math.min(timeout.toMillis(), 10_000)));
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        p.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "100");
        p.put("auto.include.jmx.reporter", "false");
        // Client telemetry (KIP-714) has nothing to push from a run of seconds; off, it saves a request and its classes.
        p.put("enable.metrics.push", "false");
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "kzk");
        p.putAll(properties);
        return Admin.create(p);
    }
}
