package io.kzk.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.util.List;
import org.apache.zookeeper.ZooDefs;
import org.junit.jupiter.api.Test;

class ZnodeAclsTest {
    @Test
    void parsesSchemesWhoseIdsHoldColons() {
        var acl = ZnodeAcls.parse(List.of("digest:bob:Ws9x2AQ6oQ8iO1cT+q0PdlwhUbU=:rw", "world:anyone:r", "auth::cdrwa"));
        assertEquals("digest", acl.get(0).getId().getScheme());
        assertEquals("bob:Ws9x2AQ6oQ8iO1cT+q0PdlwhUbU=", acl.get(0).getId().getId());
        assertEquals(ZooDefs.Perms.READ | ZooDefs.Perms.WRITE, acl.get(0).getPerms());
        assertEquals(ZooDefs.Perms.ALL, acl.get(2).getPerms());
        assertEquals(List.of("digest:bob:Ws9x2AQ6oQ8iO1cT+q0PdlwhUbU=:rw", "world:anyone:r", "auth::cdrwa"), ZnodeAcls.format(acl));
    }

    @Test
    void badAclsSayWhatIsWrong() {
        assertTrue(assertThrows(KzkException.class, () -> ZnodeAcls.parse(List.of("world:anyone:rx"))).getMessage().contains("'x'"));
        assertTrue(assertThrows(KzkException.class, () -> ZnodeAcls.parse(List.of("wrld:anyone:r"))).getMessage().contains("unknown scheme"));
        assertTrue(assertThrows(KzkException.class, () -> ZnodeAcls.parse(List.of("anyone"))).getMessage().contains("scheme:id:perms"));
        assertTrue(assertThrows(KzkException.class, () -> ZnodeAcls.parse(List.of("digest:bob:rw"))).getMessage().contains("auth::"));
    }
}
