package io.kzk.zk;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed ZooKeeper connect string: {@code host:port[,host:port...][/chroot]}.
 *
 * @param chroot the chroot path, or "" for none
 */
public record ZkAddress(List<Server> servers, String chroot) {
    /** One server of the connect string. */
    public record Server(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public ZkAddress {
        servers = List.copyOf(servers);
    }

    public static ZkAddress parse(String connectString) {
        if (connectString == null || connectString.isBlank()) {
            throw KzkException.invalidInput("empty ZooKeeper connect string: use host:port[,host:port...][/chroot]");
        }
        String hosts = connectString.trim();
        String chroot = "";
        int slash = hosts.indexOf('/');
        if (slash >= 0) {
            chroot = hosts.substring(slash);
            hosts = hosts.substring(0, slash);
            if (chroot.equals("/")) {
                chroot = "";
            } else if (chroot.endsWith("/") || chroot.contains("//")) {
                throw KzkException.invalidInput("invalid chroot '" + chroot + "' in ZooKeeper connect string '"
                        + connectString + "': use /path without a trailing or double slash");
            }
        }
        List<Server> servers = new ArrayList<>();
        for (String part : hosts.split(",", -1)) {
            String s = part.trim();
            if (s.isEmpty()) {
                throw KzkException.invalidInput("empty server in ZooKeeper connect string '" + connectString + "'");
            }
            int colon = s.lastIndexOf(':');
            String host = colon < 0 ? s : s.substring(0, colon);
            int port = 2181;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(s.substring(colon + 1));
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65535) {
                    throw KzkException.invalidInput("invalid port in '" + s + "' of ZooKeeper connect string '"
                            + connectString + "': use host:port with a port from 1 to 65535");
                }
            }
            if (host.isEmpty()) {
                throw KzkException.invalidInput("missing host in '" + s + "' of ZooKeeper connect string '" + connectString + "'");
            }
            servers.add(new Server(host, port));
        }
        return new ZkAddress(servers, chroot);
    }
}
