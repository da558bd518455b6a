package io.k8sdashboard.server.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * At most one log line per key (a peer address) per window; the lines in between are counted and
 * the count is added to the next line that gets through. An unauthenticated flood then costs a
 * line a minute per peer instead of one per request. Bounded: once {@code maxKeys} peers are
 * tracked, further peers share one key, so a flood from many addresses is throttled as one.
 */
final class LogThrottle {

    static final String OTHER_PEERS = "(other peers)";

    private static final class Window {
        final long start;
        int suppressed;

        Window(long start) {
            this.start = start;
        }
    }

    private final Consumer<String> sink;
    private final LongSupplier nanoClock;
    private final long windowNanos;
    private final int maxKeys;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LogThrottle(Consumer<String> sink, LongSupplier nanoClock, Duration window, int maxKeys) {
        this.sink = sink;
        this.nanoClock = nanoClock;
        this.windowNanos = window.toNanos();
        this.maxKeys = maxKeys;
    }

    /** Logs {@code message} unless a line for {@code key} went out less than a window ago. */
    void log(String key, Supplier<String> message) {
        long now = nanoClock.getAsLong();
        if (windows.size() >= maxKeys && !windows.containsKey(key)) {
            windows.values().removeIf(w -> now - w.start >= windowNanos && w.suppressed == 0);
            if (windows.size() >= maxKeys) {
                key = OTHER_PEERS;
            }
        }
        int suppressed;
        synchronized (this) {
            Window current = windows.get(key);
            if (current != null && now - current.start < windowNanos) {
                current.suppressed++;
                return;
            }
            suppressed = current == null ? 0 : current.suppressed;
            windows.put(key, new Window(now));
        }
        sink.accept(suppressed == 0 ? message.get()
                : message.get() + " (" + suppressed + " similar lines suppressed since the last one)");
    }
}
