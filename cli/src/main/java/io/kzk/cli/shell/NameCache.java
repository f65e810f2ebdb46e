package io.kzk.cli.shell;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Names for completion (topics, groups, znode children...), cached per context with a short
 * time to live, and never waited for longer than a deadline: a fresh entry answers at once; an
 * old one is refreshed in the background and answers if the refresh is quick, else the old names
 * answer (an unreachable cluster completes from what it last said, or not at all). Loaders run
 * on the executor, never on the thread asking.
 */
public final class NameCache {
    private final Duration ttl;
    private final Duration staleDeadline;
    private final Duration emptyDeadline;
    private final LongSupplier nanoClock;
    private final Executor executor;
    private final Map<String, Map<String, Entry>> byContext = new HashMap<>();

    private static final class Entry {
        List<?> names;
        long fetchedAt;
        boolean expired;
        CompletableFuture<List<?>> loading;
    }

    /**
     * @param staleDeadline how long to wait for a refresh when older names could answer
     * @param emptyDeadline how long to wait when nothing is cached yet
     */
    public NameCache(Duration ttl, Duration staleDeadline, Duration emptyDeadline, LongSupplier nanoClock, Executor executor) {
        this.ttl = ttl;
        this.staleDeadline = staleDeadline;
        this.emptyDeadline = emptyDeadline;
        this.nanoClock = nanoClock;
        this.executor = executor;
    }

    /** The names under {@code key} of {@code context}: cached, refreshed, or empty if none came in time. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(String context, String key, Callable<List<T>> loader) {
        CompletableFuture<List<?>> loading;
        List<?> cached;
        synchronized (this) {
            Entry e = byContext.computeIfAbsent(context, c -> new HashMap<>()).computeIfAbsent(key, k -> new Entry());
            if (e.names != null && !e.expired && nanoClock.getAsLong() - e.fetchedAt < ttl.toNanos()) {
                return (List<T>) e.names;
            }
            loading = e.loading != null ? e.loading : start(e, loader);
            cached = e.names;
        }
        Duration deadline = cached == null ? emptyDeadline : staleDeadline;
        try {
            return (List<T>) loading.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return cached == null ? List.of() : (List<T>) cached;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cached == null ? List.of() : (List<T>) cached;
        }
    }

    private <T> CompletableFuture<List<?>> start(Entry e, Callable<List<T>> loader) {
        CompletableFuture<List<?>> f = new CompletableFuture<>();
        e.loading = f;
        executor.execute(() -> {
            try {
                List<T> names = List.copyOf(loader.call());
                synchronized (this) {
                    e.names = names;
                    e.fetchedAt = nanoClock.getAsLong();
                    e.expired = false;
                    if (e.loading == f) {
                        e.loading = null;
                    }
                }
                f.complete(names);
            } catch (Exception | Error failure) {
                synchronized (this) {
                    if (e.loading == f) {
                        e.loading = null;
                    }
                }
                f.completeExceptionally(failure);
            }
        });
        return f;
    }

    /** Marks the context's names as old: the next question refreshes them (after a command that may have changed them). */
    public synchronized void expire(String context) {
        byContext.getOrDefault(context, Map.of()).values().forEach(e -> e.expired = true);
    }

    /** Forgets a context's names (the shell switched cluster). */
    public synchronized void drop(String context) {
        byContext.remove(context);
    }
}
