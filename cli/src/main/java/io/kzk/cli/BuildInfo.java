package io.kzk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Which build this is (what {@code kzk --version} prints): kzk's version and the git commit it was
 * built from (both from a resource Maven writes at build time; a build from a source tarball
 * without .git says so), and the Java runtime it runs on (bundled, when it is the self-contained
 * build's own). Apart from picocli's {@link KzkVersion}: a class implementing one of picocli's interfaces cannot go into the
 * class-data archive (picocli's jar is Java 5 class files), and {@code --version} runs before
 * picocli is loaded. Strings are joined with {@code concat}, not {@code +}: its invokedynamic call
 * sites cost {@code --version} tens of milliseconds making method handles.
 */
public final class BuildInfo {
    private BuildInfo() {
    }

    private static Properties build() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/kzk-build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // a jar without the resource still runs; it just cannot say which build it is
        }
        return props;
    }

    public static String version() {
        return build().getProperty("version", "unknown");
    }

    /** The lines {@code kzk --version} prints. */
    public static List<String> lines() {
        Properties build = build();
        String commit = build.getProperty("commit", "");
        if (commit.isEmpty()) {
            commit = "unknown (built without git metadata)";
        }
        return List.of("kzk ".concat(build.getProperty("version", "unknown")), "commit ".concat(commit), "runtime ".concat(runtime()));
    }

    static String runtime() {
        String home = System.getProperty("java.home", "");
        String kzkHome = System.getProperty("kzk.home");
        boolean bundled = kzkHome != null && !home.isEmpty() && Path.of(home).startsWith(Path.of(kzkHome));
        return new StringBuilder("Java ").append(System.getProperty("java.runtime.version", System.getProperty("java.version", "?")))
                .append(" (").append(System.getProperty("java.vendor", "unknown vendor")).append(", ")
                .append(bundled ? "bundled, " : "").append(home).append(')').toString();
    }
}
