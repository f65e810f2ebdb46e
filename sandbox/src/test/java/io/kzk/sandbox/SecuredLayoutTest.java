package io.kzk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan and configs of a secured sandbox: pure, no process, the ports handed in. */
class SecuredLayoutTest {
    private static final Path DIR = Path.of("/tmp/kzk-layout-test");
    private static final SandboxCredentials SECRETS = new SandboxCredentials("kzk", "pw-user", "pw-store", "pw-zkb", "pw-zka");

    @Test
    void modesParseAndCombineAsKafkaAllows() {
        ListenerSecurity saslSsl = ListenerSecurity.parse("tls+sasl-scram");
        assertEquals("SASL_SSL", saslSsl.protocol());
        assertEquals("sasl-scram+tls", saslSsl.toString());
        assertEquals("SASL_SCRAM_TLS", saslSsl.listenerName());
        assertEquals(List.of("SCRAM-SHA-512", "PLAIN"), ListenerSecurity.parse("sasl-plain+sasl-scram").mechanisms());
        assertEquals("SASL_PLAINTEXT", ListenerSecurity.parse("sasl-plain").protocol());
        assertEquals("SSL", ListenerSecurity.parse("mtls").protocol());
        assertTrue(ListenerSecurity.parse("mtls").clientAuth());
        assertThrows(KzkException.class, () -> ListenerSecurity.parse("tls+mtls"));
        assertThrows(KzkException.class, () -> ListenerSecurity.parse("kerberos"));
        assertThrows(KzkException.class, () -> ListenerSecurity.parse("tls+tls"));
        assertThrows(KzkException.class, () -> new SandboxSpec(1, 1, List.of(), false, DIR,
                List.of(ListenerSecurity.parse("tls"), ListenerSecurity.parse("tls"))));
    }

    @Test
    void eachBrokerGetsOnePortPerListenerAndThePortsAreTheOnesGiven() {
        SandboxSpec spec = new SandboxSpec(2, 1, List.of(), false, DIR,
                List.of(ListenerSecurity.parse("sasl-scram+tls"), ListenerSecurity.parse("mtls")));
        assertEquals(1 + 2 * 3, SandboxLayout.portsNeeded(spec));
        List<Integer> ports = IntStream.range(9000, 9007).boxed().toList();
        SandboxState state = SandboxLayout.plan(spec, DIR, null, ports);
        SandboxNode b2 = state.nodes().stream().filter(n -> n.name().equals("broker-2")).findFirst().orElseThrow();
        assertEquals(9002, b2.port());
        assertEquals(9005, b2.listenerPorts().get("SASL_SCRAM_TLS"));
        assertEquals(9006, b2.listenerPorts().get("MTLS"));
        assertThrows(IllegalArgumentException.class, () -> SandboxLayout.plan(spec, DIR, null, ports.subList(0, 3)));
    }

    @Test
    void brokerConfigScopesMechanismsLoginsAndClientAuthToTheirListener() {
        SandboxSpec spec = new SandboxSpec(1, 1, List.of(), false, DIR,
                List.of(ListenerSecurity.parse("sasl-scram+tls"), ListenerSecurity.parse("sasl-scram+sasl-plain"),
                        ListenerSecurity.parse("mtls")));
        SandboxState state = SandboxLayout.plan(spec, DIR, null, IntStream.range(9000, 9005).boxed().toList());
        SandboxNode broker = state.nodes().get(1);
        String config = SandboxLayout.config(state, broker, DIR, SECRETS);
        assertTrue(config.contains("listeners=PLAINTEXT://127.0.0.1:9001,SASL_SCRAM_TLS://127.0.0.1:9002,"
                + "SASL_SCRAM_SASL_PLAIN://127.0.0.1:9003,MTLS://127.0.0.1:9004\n"), config);
        assertTrue(config.contains("listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_SCRAM_TLS:SASL_SSL,"
                + "SASL_SCRAM_SASL_PLAIN:SASL_PLAINTEXT,MTLS:SSL\n"), config);
        assertTrue(config.contains("inter.broker.listener.name=PLAINTEXT\n"), config);
        assertTrue(config.contains("listener.name.sasl_scram_tls.sasl.enabled.mechanisms=SCRAM-SHA-512\n"), config);
        assertTrue(config.contains("listener.name.sasl_scram_sasl_plain.sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN\n"), config);
        assertTrue(config.contains("listener.name.sasl_scram_sasl_plain.plain.sasl.jaas.config="
                + "org.apache.kafka.common.security.plain.PlainLoginModule required user_kzk=\"pw-user\";"), config);
        assertTrue(config.contains("listener.name.mtls.ssl.client.auth=required\n"), config);
        assertFalse(config.contains("listener.name.sasl_scram_tls.ssl.client.auth"), config);
        assertTrue(config.contains("zookeeper.set.acl=true\n"), config);
        assertTrue(SandboxLayout.jaas(state, broker, SECRETS).contains("username=\"kafka\""));
        String zk = SandboxLayout.config(state, state.nodes().get(0), DIR, SECRETS);
        assertTrue(zk.contains("authProvider.sasl=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\n"), zk);
        // base64(sha1("kzk:pw-zka")), as ZooKeeper's DigestAuthenticationProvider.generateDigest makes it
        assertTrue(zk.contains("DigestAuthenticationProvider.superDigest=kzk:"), zk);
        assertFalse(zk.contains("pw-zka"), zk);
    }

    @Test
    void clientPropertiesSayProtocolMechanismLoginAndStores() {
        String scramTls = SandboxLayout.clientProperties(DIR, ListenerSecurity.parse("sasl-scram+tls"), "SCRAM-SHA-512", SECRETS);
        assertTrue(scramTls.contains("security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"), scramTls);
        assertTrue(scramTls.contains("ScramLoginModule required username=\"kzk\" password=\"pw-user\";"), scramTls);
        assertTrue(scramTls.contains("ssl.truststore.location=" + DIR.resolve("tls/truststore.p12")), scramTls);
        assertFalse(scramTls.contains("ssl.keystore"), scramTls);
        String mtls = SandboxLayout.clientProperties(DIR, ListenerSecurity.parse("mtls"), null, SECRETS);
        assertTrue(mtls.contains("security.protocol=SSL\n") && mtls.contains("ssl.keystore.location=" + DIR.resolve("tls/client.p12")), mtls);
        assertFalse(mtls.contains("sasl."), mtls);
        assertEquals(DIR.resolve("client/sasl-scram+sasl-plain-plain.properties"),
                SandboxLayout.clientConfig(DIR, ListenerSecurity.parse("sasl-plain+sasl-scram"), "PLAIN"));
    }

    @Test
    void credentialsNeverShowThemselves() {
        assertFalse(SECRETS.toString().contains("pw-"), SECRETS.toString());
        assertEquals("digest:kzk:pw-zka", SECRETS.zkAuth());
    }
}
