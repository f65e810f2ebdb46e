package io.kzk.cli.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kzk's config file, {@code $XDG_CONFIG_HOME/kzk/config.yaml} (default {@code ~/.config/kzk/config.yaml}).
 * It may hold credentials, so it is written readable by its owner only (mode 0600).
 */
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public static SettingsFile forEnvironment(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsFile(base.resolve("kzk").resolve("config.yaml"));
    }

    public Path file() {
        return file;
    }

    /**
     * A warning when the file can be read or written by anyone but its owner (it may hold
     * passwords, JAAS configs, ZooKeeper credentials); empty when it is private or absent.
     */
    public Optional<String> modeWarning() {
        if (!Files.isRegularFile(file) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> others = EnumSet.copyOf(mode);
            others.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            if (others.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("kzk's config " + file + " has mode " + PosixFilePermissions.toString(mode)
                    + ", open to other users, and may hold credentials: chmod 600 " + file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds the YAML mapper and its readers of the settings' types, as the first {@link #load}
     * would (a fifth of a short command's main thread): for a warm-up thread to do beside it.
     */
    public static void warmUp() {
        try {
            Yaml.MAPPER.readValue("{}", KzkSettings.class);
        } catch (IOException e) {
            // only a head start: load() reads the real file and reports its own failures
        }
    }

    public KzkSettings load() {
        if (!Files.isRegularFile(file)) {
            return KzkSettings.empty();
        }
        try {
            KzkSettings config = Yaml.MAPPER.readValue(file.toFile(), KzkSettings.class);
            return config == null ? KzkSettings.empty() : config;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw KzkException.invalidInput("cannot read kzk's config " + file + ": " + reason
                    + "; fix or delete the file");
        }
    }

    public void save(KzkSettings config) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".config", ".yaml");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Yaml.MAPPER.writeValue(tmp.toFile(), config);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw KzkException.failed("cannot write kzk's config " + file + ": " + e.getMessage(), e);
        }
    }

    /** YAML with kebab-case keys, as people write config files. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
