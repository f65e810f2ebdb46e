package io.kzk.cli;

import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link BuildInfo}, for {@code --version} among other options. */
public final class KzkVersion implements IVersionProvider {
    public static String version() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return BuildInfo.lines().toArray(String[]::new);
    }
}
