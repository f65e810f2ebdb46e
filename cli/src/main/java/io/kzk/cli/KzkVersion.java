package io.kzk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** kzk's version, from a resource Maven fills in at build time. */
public final class KzkVersion implements IVersionProvider {
    public static String version() {
        Properties props = new Properties();
        try (InputStream in = KzkVersion.class.getResourceAsStream("/kzk-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // a jar without the resource still runs; it just cannot say its version
        }
        return props.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kzk " + version()};
    }
}
