package io.kzk.cli.settings;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The whole config file: named contexts and which of them is current. */
public record KzkSettings(String currentContext, Map<String, ContextSettings> contexts) {
    public KzkSettings {
        contexts = contexts == null ? Map.of() : new TreeMap<>(contexts);
    }

    public static KzkSettings empty() {
        return new KzkSettings(null, Map.of());
    }

    public Optional<ContextSettings> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** The named context, or a NOT_FOUND failure that names the file and how to see what there is. */
    public ContextSettings require(String name, Path file) {
        return context(name).orElseThrow(() -> KzkException.notFound("no context '" + name + "' in " + file
                + ": see 'kzk context list'"));
    }

    public KzkSettings withContext(String name, ContextSettings context) {
        Map<String, ContextSettings> next = new TreeMap<>(contexts);
        next.put(name, context);
        return new KzkSettings(currentContext, next);
    }

    public KzkSettings withoutContext(String name) {
        Map<String, ContextSettings> next = new TreeMap<>(contexts);
        next.remove(name);
        return new KzkSettings(name.equals(currentContext) ? null : currentContext, next);
    }

    public KzkSettings withCurrent(String name) {
        return new KzkSettings(name, contexts);
    }
}
