package io.kzk.cli.session;

import io.kzk.cli.CliEnvironment;
import io.kzk.cli.settings.SettingsFile;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.settings.ConnectionResolver;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.common.KzkException;
import io.kzk.sandbox.NodeRole;
import io.kzk.sandbox.Sandbox;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Opens the session of a run from the command line, the environment, the config file and a running sandbox. */
public final class Sessions {
    private Sessions() {
    }

    public static KzkSession open(ConnectionFlags flags, Duration timeout, CliEnvironment environment) {
        return new KzkSession(resolve(flags, environment), timeout);
    }

    public static ResolvedConnection resolve(ConnectionFlags flags, CliEnvironment environment) {
        SettingsFile store = environment.settingsFile();
        return ConnectionResolver.resolve(flags, environment.env(), store.load(), store.file(),
                () -> runningSandbox(environment.sandboxDirectory()), Sessions::readCommandConfig);
    }

    /** The endpoints of the sandbox in {@code directory}, if one is there with a broker running. */
    public static Optional<ConnectionResolver.SandboxEndpoints> runningSandbox(Path directory) {
        return Sandbox.attach(directory)
                .filter(s -> s.nodes(NodeRole.BROKER).stream().anyMatch(b -> s.isRunning(b.name())))
                .map(s -> new ConnectionResolver.SandboxEndpoints(s.bootstrapServers(), s.zookeeperConnect().orElse(null),
                        s.clientConfig().map(Object::toString).orElse(null), s.zookeeperAuth().orElse(null)));
    }

    static Map<String, String> readCommandConfig(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw KzkException.notFound("cannot read --command-config " + file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw KzkException.invalidInput("cannot read --command-config " + file + ": not UTF-8 text; save it as UTF-8");
        } catch (IllegalArgumentException e) {
            // Properties refuses a malformed backslash-u escape without saying where: find the line
            throw KzkException.invalidInput("--command-config " + file + badEscapeLine(file) + ": malformed \\uXXXX escape"
                    + " (a backslash before u needs four hex digits; write \\\\ for a backslash)");
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read --command-config " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }

    private static String badEscapeLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            java.util.regex.Pattern bad = java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");
            for (int i = 0; i < lines.size(); i++) {
                if (bad.matcher(lines.get(i)).find()) {
                    return ":" + (i + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line is a help, not a requirement
        }
        return "";
    }
}
