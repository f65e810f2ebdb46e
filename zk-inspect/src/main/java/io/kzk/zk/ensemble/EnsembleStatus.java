package io.kzk.zk.ensemble;

import io.kzk.zk.ZkAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import org.apache.zookeeper.client.FourLetterWordMain;
import org.apache.zookeeper.common.X509Exception;

/**
 * Asks every server of a connect string for its state, all at once: {@code srvr} for role,
 * zxid, latencies, connections and znodes, and {@code mntr}, when whitelisted, for the watch count.
 */
public final class EnsembleStatus {
    private EnsembleStatus() {
    }

    public static List<ServerStatus> of(ZkAddress address, Duration timeout) {
        return of(address, timeout, null);
    }

    /** @param adminPort ask each server's AdminServer on this port over HTTP instead of four-letter words; null for 4lw */
    public static List<ServerStatus> of(ZkAddress address, Duration timeout, Integer adminPort) {
        List<CompletableFuture<ServerStatus>> asks = address.servers().stream()
                .map(s -> CompletableFuture.supplyAsync(() -> adminPort == null ? ask(s, timeout)
                        : AdminServerStatus.ask(s, adminPort, timeout))).toList();
        return asks.stream().map(CompletableFuture::join).toList();
    }

    /** Judges an ensemble: a server down, no leader, or no quorum is a problem. */
    public static EnsembleHealth judge(List<ServerStatus> servers) {
        List<String> problems = new ArrayList<>();
        for (ServerStatus s : servers) {
            if (!s.serving()) {
                problems.add(s.server() + " is " + s.mode() + (s.error() == null ? "" : ": " + s.error()));
            }
        }
        long serving = servers.stream().filter(ServerStatus::serving).filter(s -> !"observer".equals(s.mode())).count();
        long voters = servers.stream().filter(s -> !"observer".equals(s.mode())).count();
        long leaders = servers.stream().filter(s -> "leader".equals(s.mode()) || "standalone".equals(s.mode())).count();
        boolean quorum = serving > voters / 2;
        if (!quorum) {
            problems.add("no quorum: " + serving + " of " + voters + " servers serving");
        } else if (leaders != 1) {
            problems.add(leaders == 0 ? "no leader" : leaders + " leaders");
        }
        return new EnsembleHealth(problems.isEmpty(), quorum, problems, servers);
    }

    /**
     * The sessions connected to the ensemble now, from every server's {@code cons}; empty when a
     * server could not say (down, or {@code cons} not whitelisted), since its clients are then unknown.
     */
    public static Optional<Set<Long>> connectedSessions(ZkAddress address, Duration timeout) {
        Set<Long> sessions = new HashSet<>();
        for (ZkAddress.Server server : address.servers()) {
            try {
                String reply = fourLetterWord(server, "cons", timeout);
                if (refused(reply)) {
                    return Optional.empty();
                }
                Matcher m = SESSION_ID.matcher(reply);
                while (m.find()) {
                    sessions.add(Long.parseUnsignedLong(m.group(1), 16));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(sessions);
    }

    private static final Pattern SESSION_ID = Pattern.compile("sid=0x([0-9a-fA-F]+)");

    /** Sends one four-letter word and returns the reply. */
    public static String fourLetterWord(ZkAddress.Server server, String word, Duration timeout) throws IOException {
        try {
            return FourLetterWordMain.send4LetterWord(server.host(), server.port(), word, false,
                    (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        } catch (X509Exception.SSLContextException e) {
            throw new IOException(e);
        }
    }

    static ServerStatus ask(ZkAddress.Server server, Duration timeout) {
        try {
            ServerStatus status = parseSrvr(server.toString(), fourLetterWord(server, "srvr", timeout));
            if (status.error() == null) {
                String mntr = fourLetterWord(server, "mntr", timeout);
                if (!refused(mntr)) {
                    status = status.withWatches(parseLong(fields(mntr, '\t').get("zk_watch_count")));
                }
            }
            return status;
        } catch (IOException e) {
            return ServerStatus.failed(server.toString(), "unreachable", e.getMessage());
        }
    }

    private static boolean refused(String reply) {
        return reply.contains("not in the whitelist") || reply.contains("not executed");
    }

    /** Parses a {@code srvr} reply; a server that refuses four-letter words says so in one line. */
    static ServerStatus parseSrvr(String server, String reply) {
        if (refused(reply)) {
            return ServerStatus.failed(server, "unknown",
                    "four-letter words are disabled: add mntr,srvr,cons to 4lw.commands.whitelist in the server's zoo.cfg,"
                            + " or ask its AdminServer with --admin-port");
        }
        if (reply.contains("not currently serving requests")) {
            return ServerStatus.failed(server, "not serving", "no quorum: the server is not serving requests");
        }
        Map<String, String> f = fields(reply, ':');
        String[] latency = f.getOrDefault("Latency min/avg/max", "").split("/");
        String zxid = f.get("Zxid");
        return new ServerStatus(server, f.getOrDefault("Mode", "unknown"), shortVersion(f.get("Zookeeper version")), zxid,
                epoch(zxid), latency.length == 3 ? parseLong(latency[0]) : null, latency.length == 3 ? parseDouble(latency[1]) : null,
                latency.length == 3 ? parseLong(latency[2]) : null, parseLong(f.get("Outstanding")),
                parseInt(f.get("Connections")), parseLong(f.get("Node count")), null, null);
    }

    private static Map<String, String> fields(String reply, char separator) {
        Map<String, String> out = new HashMap<>();
        for (String line : reply.split("\n")) {
            int i = line.indexOf(separator);
            if (i > 0) {
                out.put(line.substring(0, i).trim(), line.substring(i + 1).trim());
            }
        }
        return out;
    }

    private static String shortVersion(String version) {
        if (version == null) {
            return null;
        }
        String v = version.contains(",") ? version.substring(0, version.indexOf(',')) : version;
        return v.contains("-") ? v.substring(0, v.indexOf('-')) : v;
    }

    private static Long epoch(String zxid) {
        if (zxid == null || !zxid.startsWith("0x")) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(zxid.substring(2), 16) >>> 32;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String s) {
        try {
            return s == null ? null : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        Long l = parseLong(s);
        return l == null ? null : l.intValue();
    }
}
