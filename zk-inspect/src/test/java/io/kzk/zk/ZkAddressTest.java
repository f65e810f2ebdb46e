package io.kzk.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZkAddressTest {
    @Test
    void parsesServersAndChroot() {
        ZkAddress a = ZkAddress.parse("zk1:2181,zk2:2182/kafka/prod");
        assertEquals(List.of(new ZkAddress.Server("zk1", 2181), new ZkAddress.Server("zk2", 2182)), a.servers());
        assertEquals("/kafka/prod", a.chroot());
    }

    @Test
    void defaultsThePortAndIgnoresARootChroot() {
        ZkAddress a = ZkAddress.parse("zk1/");
        assertEquals(List.of(new ZkAddress.Server("zk1", 2181)), a.servers());
        assertEquals("", a.chroot());
    }

    @Test
    void rejectsMalformedStringsNamingThePart() {
        assertTrue(assertThrows(KzkException.class, () -> ZkAddress.parse("zk1:99999")).getMessage().contains("zk1:99999"));
        assertTrue(assertThrows(KzkException.class, () -> ZkAddress.parse("zk1:2181,,zk2")).getMessage().contains("empty server"));
        assertTrue(assertThrows(KzkException.class, () -> ZkAddress.parse("zk1:2181/kafka/")).getMessage().contains("trailing"));
        assertThrows(KzkException.class, () -> ZkAddress.parse(" "));
    }
}
