package io.kzk.common;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tries a TCP connection to each of many addresses at once, within one bound. A Kafka or
 * ZooKeeper client told of a refused address retries it until its own timeout (30 s and more);
 * the operating system knows "connection refused" in a millisecond, so asking it first lets a
 * command fail fast and name every address. Host names resolve in parallel on daemon threads
 * (a slow DNS answer is bounded too); every resolved IP of a host is tried, as the clients do,
 * and the connects all wait on one {@link Selector}.
 */
public final class TcpProbe {
    /** What became of one address. */
    public enum Outcome {
        /** Something listens there. */
        ACCEPTED,
        /** Every IP of the host refused the connection: nothing listens on the port. */
        REFUSED,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** No answer within the bound: a firewall, a far host, a machine that is down. */
        NO_ANSWER,
        /** Another failure (no route to host, network unreachable). */
        FAILED
    }

    /** One address's outcome; {@code reason} is short and lower case ("connection refused"). */
    public record Result(HostPort address, Outcome outcome, String reason) {
        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }

        /** The address cannot serve now, for certain: refused, unknown or unroutable (not merely slow). */
        public boolean certainlyDown() {
            return outcome == Outcome.REFUSED || outcome == Outcome.UNKNOWN_HOST || outcome == Outcome.FAILED;
        }

        @Override
        public String toString() {
            return address + " (" + reason + ")";
        }
    }

    private TcpProbe() {
    }

    /** Results in the order of {@code addresses}, all within about {@code bound}. */
    public static List<Result> probe(List<HostPort> addresses, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<HostPort, Result> results = new LinkedHashMap<>();
        Map<HostPort, InetAddress[]> resolved = resolve(addresses, deadline, results);
        connect(resolved, deadline, results);
        List<Result> ordered = new ArrayList<>();
        for (HostPort a : addresses) {
            ordered.add(results.getOrDefault(a, new Result(a, Outcome.NO_ANSWER, "no answer within " + Durations.format(bound))));
        }
        return ordered;
    }

    private static Map<HostPort, InetAddress[]> resolve(List<HostPort> addresses, long deadline, Map<HostPort, Result> results) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(addresses.size(), 8)), r -> {
            Thread t = new Thread(r, "tcp-probe-resolve");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<HostPort, CompletableFuture<InetAddress[]>> lookups = new LinkedHashMap<>();
            for (HostPort a : addresses) {
                lookups.putIfAbsent(a, CompletableFuture.supplyAsync(() -> {
                    try {
                        return InetAddress.getAllByName(a.host());
                    } catch (UnknownHostException e) {
                        return null;
                    }
                }, pool));
            }
            Map<HostPort, InetAddress[]> resolved = new LinkedHashMap<>();
            for (var e : lookups.entrySet()) {
                try {
                    InetAddress[] ips = e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (ips == null || ips.length == 0) {
                        results.put(e.getKey(), new Result(e.getKey(), Outcome.UNKNOWN_HOST, "unknown host"));
                    } else {
                        resolved.put(e.getKey(), ips);
                    }
                } catch (TimeoutException ex) {
                    // left out: reported as no answer
                } catch (ExecutionException ex) {
                    results.put(e.getKey(), new Result(e.getKey(), Outcome.FAILED, String.valueOf(ex.getCause().getMessage())));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return resolved;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void connect(Map<HostPort, InetAddress[]> resolved, long deadline, Map<HostPort, Result> results) {
        if (resolved.isEmpty()) {
            return;
        }
        // per address: how many of its IPs are still pending, and the failure to report if none accepts
        Map<HostPort, Integer> pending = new HashMap<>();
        Map<HostPort, Result> failure = new HashMap<>();
        try (Selector selector = Selector.open()) {
            List<SocketChannel> channels = new ArrayList<>();
            try {
                for (var e : resolved.entrySet()) {
                    HostPort a = e.getKey();
                    for (InetAddress ip : e.getValue()) {
                        SocketChannel ch = SocketChannel.open();
                        channels.add(ch);
                        ch.configureBlocking(false);
                        try {
                            if (ch.connect(new InetSocketAddress(ip, a.port()))) {
                                results.putIfAbsent(a, new Result(a, Outcome.ACCEPTED, "accepted"));
                                continue;
                            }
                            ch.register(selector, SelectionKey.OP_CONNECT, a);
                            pending.merge(a, 1, Integer::sum);
                        } catch (IOException ex) {
                            failure.put(a, failed(a, ex));
                        }
                    }
                }
                while (pending.values().stream().anyMatch(n -> n > 0) && System.nanoTime() < deadline) {
                    long waitMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                    selector.select(waitMs);
                    for (SelectionKey key : selector.selectedKeys()) {
                        HostPort a = (HostPort) key.attachment();
                        SocketChannel ch = (SocketChannel) key.channel();
                        try {
                            if (ch.finishConnect()) {
                                results.putIfAbsent(a, new Result(a, Outcome.ACCEPTED, "accepted"));
                            }
                        } catch (IOException ex) {
                            failure.merge(a, failed(a, ex), TcpProbe::preferred);
                        }
                        key.cancel();
                        pending.merge(a, -1, Integer::sum);
                    }
                    selector.selectedKeys().clear();
                }
            } finally {
                for (SocketChannel ch : channels) {
                    try {
                        ch.close();
                    } catch (IOException ignored) {
                        // a probe's socket: nothing was sent on it
                    }
                }
            }
        } catch (IOException e) {
            // no selector: leave every address unanswered rather than claim anything about it
            return;
        }
        for (HostPort a : resolved.keySet()) {
            if (!results.containsKey(a) && pending.getOrDefault(a, 0) <= 0 && failure.containsKey(a)) {
                results.put(a, failure.get(a));
            }
        }
    }

    /** When one IP refuses and another fails otherwise, the more telling failure is kept. */
    private static Result preferred(Result a, Result b) {
        return a.outcome() == Outcome.REFUSED ? a : b;
    }

    private static Result failed(HostPort a, IOException e) {
        if (e instanceof ConnectException && !(e instanceof NoRouteToHostException)) {
            return new Result(a, Outcome.REFUSED, "connection refused");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return new Result(a, Outcome.FAILED, message);
    }
}
