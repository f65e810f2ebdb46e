package io.kzk.cli.settings;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The whole config file: named contexts and which of them is current. */
public record KzkConfig(String currentContext, Map<String, ContextConfig> contexts) {
    public KzkConfig {
        contexts = contexts == null ? Map.of() : new TreeMap<>(contexts);
    }

    public static KzkConfig empty() {
        return new KzkConfig(null, Map.of());
    }

    public Optional<ContextConfig> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** The named context, or a NOT_FOUND failure that names the file and how to see what there is. */
    public ContextConfig require(String name, Path file) {
        return context(name).orElseThrow(() -> KzkException.notFound("no context '" + name + "' in " + file
                + ": see 'kzk context list'"));
    }

    public KzkConfig withContext(String name, ContextConfig context) {
        Map<String, ContextConfig> next = new TreeMap<>(contexts);
        next.put(name, context);
        return new KzkConfig(currentContext, next);
    }

    public KzkConfig withoutContext(String name) {
        Map<String, ContextConfig> next = new TreeMap<>(contexts);
        next.remove(name);
        return new KzkConfig(name.equals(currentContext) ? null : currentContext, next);
    }

    public KzkConfig withCurrent(String name) {
        return new KzkConfig(name, contexts);
    }
}
