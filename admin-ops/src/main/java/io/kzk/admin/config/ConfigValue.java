package io.kzk.admin.config;

/**
 * A config as the broker reports it.
 *
 * @param source where the value comes from: dynamic_topic, dynamic_broker, static_broker, default…
 * @param value  null for a sensitive value: brokers never send those
 */
public record ConfigValue(String name, String value, String source, boolean sensitive) {
}
