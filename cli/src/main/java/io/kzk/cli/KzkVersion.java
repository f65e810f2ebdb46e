package io.kzk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Which build this is: kzk's version and the git commit it was built from (both from a resource
 * Maven fills in at build time; a build from a source tarball without .git says so), and the Java
 * runtime it runs on (bundled, when it is the self-contained build's own).
 */
public final class KzkVersion implements IVersionProvider {
    private static Properties build(String... resources) {
        Properties props = new Properties();
        for (String resource : resources) {
            try (InputStream in = KzkVersion.class.getResourceAsStream(resource)) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                // a jar without the resource still runs; it just cannot say what it lacks
            }
        }
        return props;
    }

    public static String version() {
        return build("/kzk-version.properties").getProperty("version", "unknown");
    }

    /** The lines {@code kzk --version} prints. */
    public static List<String> lines() {
        Properties build = build("/kzk-version.properties", "/kzk-commit.properties");
        String commit = build.getProperty("commit", "");
        if (commit.isEmpty()) {
            commit = "unknown (built without git metadata)";
        }
        return List.of("kzk " + build.getProperty("version", "unknown"), "commit " + commit, "runtime " + runtime());
    }

    static String runtime() {
        String home = System.getProperty("java.home", "");
        String kzkHome = System.getProperty("kzk.home");
        boolean bundled = kzkHome != null && !home.isEmpty() && Path.of(home).startsWith(Path.of(kzkHome));
        return "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version", "?")) + " ("
                + System.getProperty("java.vendor", "unknown vendor") + ", " + (bundled ? "bundled, " : "") + home + ")";
    }

    @Override
    public String[] getVersion() {
        return lines().toArray(String[]::new);
    }
}
