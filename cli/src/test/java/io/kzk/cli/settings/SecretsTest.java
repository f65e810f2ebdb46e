package io.kzk.cli.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void masksPasswordsJaasAndKeysButNotOrdinarySettings() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("sasl.jaas.config", "org.apache...PlainLoginModule required password=\"x\";");
        props.put("ssl.keystore.password", "x");
        props.put("ssl.key.password", "x");
        props.put("sasl.oauthbearer.token.endpoint.url", "https://idp/token");
        props.put("security.protocol", "SASL_SSL");
        props.put("client.id", "ops");
        Map<String, String> masked = Secrets.mask(props);
        assertEquals(Secrets.MASK, masked.get("sasl.jaas.config"));
        assertEquals(Secrets.MASK, masked.get("ssl.keystore.password"));
        assertEquals(Secrets.MASK, masked.get("ssl.key.password"));
        assertEquals("SASL_SSL", masked.get("security.protocol"));
        assertEquals("ops", masked.get("client.id"));
    }

    @Test
    void zookeeperAuthKeepsOnlyTheScheme() {
        assertEquals("digest:******", Secrets.maskZkAuth("digest:user:pass"));
        assertEquals(null, Secrets.maskZkAuth(null));
    }
}
