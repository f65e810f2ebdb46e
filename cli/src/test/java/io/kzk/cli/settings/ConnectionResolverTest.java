package io.kzk.cli.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {
    private static final Path FILE = Path.of("/home/op/.config/kzk/config.yaml");
    private static final KzkSettings CONFIG = KzkSettings.empty()
            .withContext("prod", new ContextSettings("prod:9092", "zk-prod:2181/kafka", null, Map.of("client.id", "ops"), "digest:a:b", null))
            .withContext("dev", new ContextSettings("dev:9092", null, "/etc/kafka/dev.properties", Map.of(), null, "/etc/zk/dev.properties"))
            .withCurrent("prod");
    private static final Optional<ConnectionResolver.SandboxEndpoints> SANDBOX =
            Optional.of(new ConnectionResolver.SandboxEndpoints("127.0.0.1:1111", "127.0.0.1:2222/kafka"));

    private static ResolvedConnection resolve(ConnectionFlags flags, Map<String, String> env, KzkSettings config) {
        return ConnectionResolver.resolve(flags, env, config, FILE, () -> SANDBOX,
                path -> Map.of("security.protocol", "SASL_SSL", "client.id", "from-file"));
    }

    private static ConnectionFlags flags(String bootstrap, String zookeeper, String context) {
        return new ConnectionFlags(bootstrap, zookeeper, null, Map.of(), null, null, context);
    }

    @Test
    void currentContextIsUsedWhenNothingElseIsGiven() {
        var c = resolve(ConnectionFlags.none(), Map.of(), CONFIG);
        assertEquals("prod:9092", c.bootstrapServers());
        assertEquals("context prod", c.bootstrapSource());
        assertEquals("zk-prod:2181/kafka", c.zookeeper());
        assertEquals("digest:a:b", c.zkAuth());
        assertEquals("prod", c.context());
    }

    @Test
    void environmentBeatsTheContextAndFlagsBeatTheEnvironment() {
        var env = Map.of("KZK_BOOTSTRAP_SERVERS", "env:9092", "KZK_ZOOKEEPER", "env-zk:2181");
        var fromEnv = resolve(ConnectionFlags.none(), env, CONFIG);
        assertEquals("env:9092", fromEnv.bootstrapServers());
        assertEquals("KZK_BOOTSTRAP_SERVERS", fromEnv.bootstrapSource());
        assertEquals("env-zk:2181", fromEnv.zookeeper());
        var fromFlag = resolve(flags("flag:9092", null, null), env, CONFIG);
        assertEquals("flag:9092", fromFlag.bootstrapServers());
        assertEquals("--bootstrap-server", fromFlag.bootstrapSource());
        assertEquals("env-zk:2181", fromFlag.zookeeper());
    }

    @Test
    void contextFlagBeatsKzkContextWhichBeatsTheCurrentOne() {
        assertEquals("dev:9092", resolve(ConnectionFlags.none(), Map.of("KZK_CONTEXT", "dev"), CONFIG).bootstrapServers());
        assertEquals("prod:9092", resolve(flags(null, null, "prod"), Map.of("KZK_CONTEXT", "dev"), CONFIG).bootstrapServers());
    }

    @Test
    void aMissingContextIsNotFoundAndSaysWhereTheNameCameFrom() {
        KzkException e = assertThrows(KzkException.class,
                () -> resolve(ConnectionFlags.none(), Map.of("KZK_CONTEXT", "staging"), CONFIG));
        assertEquals(FailureKind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("'staging'") && e.getMessage().contains("KZK_CONTEXT"), e.getMessage());
    }

    @Test
    void theSandboxIsUsedOnlyWhenNothingNamesACluster() {
        var none = resolve(ConnectionFlags.none(), Map.of(), KzkSettings.empty());
        assertEquals("127.0.0.1:1111", none.bootstrapServers());
        assertEquals("sandbox", none.bootstrapSource());
        assertEquals("127.0.0.1:2222/kafka", none.zookeeper());

        AtomicBoolean asked = new AtomicBoolean();
        var withFlag = ConnectionResolver.resolve(flags("other:9092", null, null), Map.of(), KzkSettings.empty(), FILE,
                () -> {
                    asked.set(true);
                    return SANDBOX;
                }, p -> Map.of());
        assertEquals("other:9092", withFlag.bootstrapServers());
        assertNull(withFlag.zookeeper(), "never mix the sandbox's ZooKeeper with another cluster");
        assertEquals(false, asked.get());
    }

    @Test
    void clientPropertiesLayerContextThenFileThenFlags() {
        var flags = new ConnectionFlags(null, null, null, Map.of("client.id", "from-flag"), null, null, "dev");
        var c = resolve(flags, Map.of(), CONFIG);
        assertEquals("SASL_SSL", c.properties().get("security.protocol"));
        assertEquals("from-flag", c.properties().get("client.id"));
        var prod = resolve(ConnectionFlags.none(), Map.of(), CONFIG);
        assertEquals("ops", prod.properties().get("client.id"));
    }

    @Test
    void brokersNamedInACommandConfigOrDashXNameTheClusterAsInKcat() {
        var fromFile = ConnectionResolver.resolve(new ConnectionFlags(null, null, "/etc/kcat.conf", Map.of(), null, null, null), Map.of(),
                KzkSettings.empty(), FILE, () -> SANDBOX, p -> Map.of("bootstrap.servers", "file:9092"));
        assertEquals("file:9092", fromFile.bootstrapServers());
        assertEquals("--command-config /etc/kcat.conf", fromFile.bootstrapSource());
        assertNull(fromFile.zookeeper(), "not the sandbox's");
        var flagWins = ConnectionResolver.resolve(new ConnectionFlags("flag:9092", null, null, Map.of("bootstrap.servers", "x:9092"),
                null, null, null), Map.of(), KzkSettings.empty(), FILE, () -> SANDBOX, p -> Map.of());
        assertEquals("flag:9092", flagWins.bootstrapServers());
    }
}
