package io.kzk.cli.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context commands on their own: they only touch the config file. */
class ContextCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void setShowUseAndDeleteWithSecretsNeverPrinted() throws Exception {
        KzkRun kzk = KzkRun.isolated(home);
        Path props = home.resolve("sasl.properties");
        Files.writeString(props, "security.protocol=SASL_SSL\n");
        var set = kzk.run("context", "set", "prod", "-b", "k1:9092,k2:9092", "-z", "zk1:2181/kafka",
                "--command-config", props.toString(), "-X", "sasl.jaas.config=secret-jaas", "--zk-auth", "digest:ops:hunter2");
        assertEquals(0, set.exitCode(), set.toString());
        assertTrue(set.err().contains("created context 'prod'"), set.err());

        var show = kzk.run("context", "show", "prod", "-o", "json");
        assertEquals(0, show.exitCode(), show.toString());
        JsonNode doc = JSON.readTree(show.out());
        assertEquals("k1:9092,k2:9092", doc.get("bootstrap_servers").asText());
        assertEquals(props.toString(), doc.get("command_config").asText());
        assertEquals("******", doc.get("properties").get("sasl.jaas.config").asText());
        assertEquals("digest:******", doc.get("zk_auth").asText());
        assertFalse(doc.get("current").asBoolean());
        var table = kzk.run("context", "show", "prod");
        assertFalse(table.out().contains("hunter2") || table.out().contains("secret-jaas"), table.out());

        // A second set changes only what it is given.
        assertEquals(0, kzk.run("context", "set", "prod", "-z", "zk9:2181").exitCode());
        JsonNode changed = JSON.readTree(kzk.run("context", "show", "prod", "-o", "json").out());
        assertEquals("k1:9092,k2:9092", changed.get("bootstrap_servers").asText());
        assertEquals("zk9:2181", changed.get("zookeeper").asText());

        assertEquals(ExitCode.NOT_FOUND.code(), kzk.run("context", "show").exitCode(), "no current context yet");
        assertEquals(0, kzk.run("context", "use", "prod").exitCode());
        assertTrue(JSON.readTree(kzk.run("context", "show", "-o", "json").out()).get("current").asBoolean());
        assertEquals("prod", kzk.run("context", "list", "-o", "plain").out().lines().findFirst().orElse("").split("\t")[1]);

        assertEquals(0, kzk.run("context", "delete", "prod").exitCode());
        assertEquals("[ ]\n", kzk.run("context", "list", "-o", "json").out());
        var missing = kzk.run("context", "use", "prod");
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode());
        assertTrue(missing.err().contains("kzk context list"), missing.err());
    }

    @Test
    void contextNamesAreChecked() {
        var r = KzkRun.isolated(home).run("context", "set", "bad name", "-b", "k:9092");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertEquals(1, r.err().lines().count(), r.toString());
    }
}
