package io.kzk.zk.ensemble;

import io.kzk.zk.ZkAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.zookeeper.client.FourLetterWordMain;
import org.apache.zookeeper.common.X509Exception;

/** Asks every server of a connect string for its status with the {@code srvr} four-letter word, all at once. */
public final class EnsembleStatus {
    private EnsembleStatus() {
    }

    public static List<ServerStatus> of(ZkAddress address, Duration timeout) {
        List<CompletableFuture<ServerStatus>> asks = address.servers().stream()
                .map(s -> CompletableFuture.supplyAsync(() -> srvr(s, timeout))).toList();
        return asks.stream().map(CompletableFuture::join).toList();
    }

    static ServerStatus srvr(ZkAddress.Server server, Duration timeout) {
        String reply;
        try {
            reply = FourLetterWordMain.send4LetterWord(server.host(), server.port(), "srvr", false,
                    (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        } catch (IOException | X509Exception.SSLContextException e) {
            return ServerStatus.failed(server.toString(), "unreachable", e.getMessage());
        }
        return parseSrvr(server.toString(), reply);
    }

    /** Parses a {@code srvr} reply; a server that refuses four-letter words says so in one line. */
    static ServerStatus parseSrvr(String server, String reply) {
        if (reply.contains("not in the whitelist") || reply.contains("not executed")) {
            return ServerStatus.failed(server, "unknown",
                    "four-letter words are disabled: add srvr to 4lw.commands.whitelist in the server's zoo.cfg");
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : reply.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String version = fields.get("Zookeeper version");
        if (version != null && version.contains(",")) {
            version = version.substring(0, version.indexOf(','));
        }
        if (version != null && version.contains("-")) {
            version = version.substring(0, version.indexOf('-'));
        }
        return new ServerStatus(server, fields.getOrDefault("Mode", "unknown"), version, fields.get("Zxid"),
                parseLong(fields.get("Node count")), parseInt(fields.get("Connections")), null);
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        Long l = parseLong(s);
        return l == null ? null : l.intValue();
    }
}
