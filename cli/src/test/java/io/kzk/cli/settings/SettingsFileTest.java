package io.kzk.cli.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path home;

    @Test
    void roundTripsContextsInAFileOnlyItsOwnerCanRead() throws Exception {
        SettingsFile store = SettingsFile.forEnvironment(Map.of("XDG_CONFIG_HOME", home.toString()));
        assertEquals(home.resolve("kzk/config.yaml"), store.file());
        KzkSettings config = KzkSettings.empty()
                .withContext("prod", new ContextSettings("k:9092", "z:2181/kafka", null,
                        Map.of("sasl.jaas.config", "secret stuff"), "digest:u:p", "/etc/zk/client.properties"))
                .withCurrent("prod");
        store.save(config);
        assertEquals(config, store.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        String text = Files.readString(store.file());
        assertTrue(text.contains("current-context: prod"), text);
        assertTrue(text.contains("bootstrap-servers: k:9092"), text);
    }

    @Test
    void aMissingFileIsAnEmptyConfig() {
        assertEquals(KzkSettings.empty(), new SettingsFile(home.resolve("none.yaml")).load());
    }

    @Test
    void aBrokenFileIsReportedWithItsPath() throws Exception {
        Path file = home.resolve("config.yaml");
        Files.writeString(file, "contexts: [not, a, map\n");
        KzkException e = assertThrows(KzkException.class, () -> new SettingsFile(file).load());
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
