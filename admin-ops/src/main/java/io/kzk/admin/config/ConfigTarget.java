package io.kzk.admin.config;

import io.kzk.common.KzkException;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigResource;

/**
 * What configs belong to: a topic, one broker, or the defaults every broker takes (dynamic
 * cluster-wide broker configs).
 *
 * @param name topic name or broker id; empty for broker defaults
 */
public record ConfigTarget(Kind kind, String name) {
    /** The kinds of config owner, as the command line spells them. */
    public enum Kind {
        TOPIC, BROKER, BROKER_DEFAULT;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ConfigTarget {
        if (kind == Kind.BROKER_DEFAULT) {
            name = "";
        } else if (name == null || name.isBlank()) {
            throw KzkException.invalidInput("config of a " + kind.label() + " needs its " + (kind == Kind.TOPIC ? "name" : "id"));
        } else if (kind == Kind.BROKER && !name.matches("\\d+")) {
            throw KzkException.invalidInput("broker '" + name + "' is not a broker id: use the number 'kzk broker list' shows");
        }
    }

    ConfigResource resource() {
        return new ConfigResource(kind == Kind.TOPIC ? ConfigResource.Type.TOPIC : ConfigResource.Type.BROKER, name);
    }

    public String describe() {
        return switch (kind) {
            case TOPIC -> "topic '" + name + "'";
            case BROKER -> "broker " + name;
            case BROKER_DEFAULT -> "the broker defaults";
        };
    }
}
