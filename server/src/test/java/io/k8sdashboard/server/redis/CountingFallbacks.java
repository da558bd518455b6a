package io.k8sdashboard.server.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts fallbacks per operation, as the metric would. */
final class CountingFallbacks implements FallbackCounter {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void fallback(String operation) {
        counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    int count(String operation) {
        AtomicInteger n = counts.get(operation);
        return n == null ? 0 : n.get();
    }
}
