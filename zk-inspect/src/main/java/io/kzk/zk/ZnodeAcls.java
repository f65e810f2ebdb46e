package io.kzk.zk;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.List;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;

/**
 * ACLs written as zkCli writes them, {@code scheme:id:perms}: {@code world:anyone:cdrwa},
 * {@code auth::cdrwa} (whoever this session authenticated as), {@code digest:user:HASH=:rw},
 * {@code ip:10.0.0.0/8:r}, {@code sasl:kafka:cdrwa}, {@code x509:CN=...:r}.
 */
public final class ZnodeAcls {
    private static final String PERMS = "cdrwa";

    private ZnodeAcls() {
    }

    /** Parses one or more ACLs separated by commas (an id with a comma can be given as its own argument). */
    public static List<ACL> parse(List<String> specs) {
        List<ACL> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(parseOne(spec.strip()));
        }
        if (out.isEmpty()) {
            throw KzkException.invalidInput("no ACL given: use scheme:id:perms, e.g. world:anyone:r or auth::cdrwa");
        }
        return out;
    }

    static ACL parseOne(String spec) {
        int first = spec.indexOf(':');
        int last = spec.lastIndexOf(':');
        if (first <= 0 || last == first) {
            throw KzkException.invalidInput("invalid ACL '" + spec + "': use scheme:id:perms, e.g. world:anyone:r, auth::cdrwa,"
                    + " digest:user:HASH:rw, ip:10.0.0.1:r");
        }
        String scheme = spec.substring(0, first);
        String id = spec.substring(first + 1, last);
        String perms = spec.substring(last + 1);
        if (!List.of("world", "auth", "digest", "ip", "sasl", "x509", "super").contains(scheme)) {
            throw KzkException.invalidInput("invalid ACL '" + spec + "': unknown scheme '" + scheme
                    + "'; use world, auth, digest, ip, sasl or x509");
        }
        if (scheme.equals("digest") && !id.contains(":")) {
            throw KzkException.invalidInput("invalid ACL '" + spec + "': a digest id is user:BASE64-SHA1, e.g. digest:bob:Ws9…=:cdrwa;"
                    + " to grant the user you authenticate as with --zk-auth, use auth::PERMS");
        }
        if (scheme.equals("ip") && !new org.apache.zookeeper.server.auth.IPAuthenticationProvider().isValid(id)) {
            // ZooKeeper refuses it too, but only once asked: said here, before anything is sent
            throw KzkException.invalidInput("invalid ACL '" + spec + "': '" + id + "' is not an IP address or ADDRESS/BITS"
                    + " (e.g. ip:10.0.0.1:r, ip:10.0.0.0/8:r)");
        }
        int mask = 0;
        for (char c : perms.toCharArray()) {
            int bit = PERMS.indexOf(c);
            if (bit < 0) {
                throw KzkException.invalidInput("invalid ACL '" + spec + "': permission '" + c + "' is not one of c (create),"
                        + " d (delete), r (read), w (write), a (admin)");
            }
            mask |= bit(c);
        }
        if (mask == 0) {
            throw KzkException.invalidInput("invalid ACL '" + spec + "': no permissions; use some of cdrwa");
        }
        return new ACL(mask, new Id(scheme, id));
    }

    public static String format(ACL acl) {
        StringBuilder perms = new StringBuilder();
        for (char c : PERMS.toCharArray()) {
            if ((acl.getPerms() & bit(c)) != 0) {
                perms.append(c);
            }
        }
        return acl.getId().getScheme() + ":" + acl.getId().getId() + ":" + perms;
    }

    public static List<String> format(List<ACL> acls) {
        return acls.stream().map(ZnodeAcls::format).toList();
    }

    private static int bit(char c) {
        return switch (c) {
            case 'c' -> ZooDefs.Perms.CREATE;
            case 'd' -> ZooDefs.Perms.DELETE;
            case 'r' -> ZooDefs.Perms.READ;
            case 'w' -> ZooDefs.Perms.WRITE;
            case 'a' -> ZooDefs.Perms.ADMIN;
            default -> 0;
        };
    }
}
