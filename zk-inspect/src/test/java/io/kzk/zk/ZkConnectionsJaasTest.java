package io.kzk.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ZkConnectionsJaasTest {
    @Test
    void aSecondDifferentJaasFileInOneProcessIsRefusedAndTheSameOneAgainIsFine() {
        String before = System.getProperty("java.security.auth.login.config");
        try {
            ZkConnections.useJaasFile("/etc/kzk/a.jaas", Path.of("a.properties"));
            ZkConnections.useJaasFile("/etc/kzk/a.jaas", Path.of("a2.properties"));
            KzkException e = assertThrows(KzkException.class,
                    () -> ZkConnections.useJaasFile("/etc/kzk/b.jaas", Path.of("b.properties")));
            assertTrue(e.getMessage().contains("already uses /etc/kzk/a.jaas"), e.getMessage());
            assertTrue(e.getMessage().contains("b.properties"), e.getMessage());
            assertEquals("/etc/kzk/a.jaas", System.getProperty("java.security.auth.login.config"));
        } finally {
            if (before == null) {
                System.clearProperty("java.security.auth.login.config");
            } else {
                System.setProperty("java.security.auth.login.config", before);
            }
        }
    }
}
