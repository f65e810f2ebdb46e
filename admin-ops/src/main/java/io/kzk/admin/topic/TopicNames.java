package io.kzk.admin.topic;

import io.kzk.common.KzkException;
import java.util.Collection;
import java.util.Optional;

/** Kafka's rules for topic names, checked before anything is sent. */
public final class TopicNames {
    /** Kafka's limit: a partition's folder name (topic, '-', partition number) must fit in 255 bytes. */
    public static final int MAX_LENGTH = 249;

    private TopicNames() {
    }

    public static void validate(String name) {
        if (name == null || name.isEmpty()) {
            throw KzkException.invalidInput("a topic name cannot be empty");
        }
        if (name.equals(".") || name.equals("..")) {
            throw KzkException.invalidInput("'" + name + "' cannot be a topic name");
        }
        if (name.length() > MAX_LENGTH) {
            throw KzkException.invalidInput("topic name '" + name.substring(0, 20) + "…' is " + name.length()
                    + " characters long; Kafka allows " + MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                throw KzkException.invalidInput("topic name '" + name + "' has '" + c + "' at position " + (i + 1)
                        + ": Kafka allows only letters, digits, '.', '_' and '-'");
            }
        }
    }

    /**
     * An existing topic whose name equals {@code name} once '.' and '_' are made the same: Kafka's
     * metrics cannot tell such topics apart, and Kafka refuses to create the second one.
     */
    public static Optional<String> collision(String name, Collection<String> existing) {
        String folded = name.replace('.', '_');
        return existing.stream().filter(e -> !e.equals(name) && e.replace('.', '_').equals(folded)).findFirst();
    }
}
