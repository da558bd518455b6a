package io.k8sdashboard.server.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this process, one per key (bucket and user). Used when Redis is not configured
 * or does not answer. Bounded: past {@link #MAX_ENTRIES} keys, buckets that have refilled to full
 * (idle users: forgetting them changes nothing) are dropped, and if that is not enough about
 * half of the map (arbitrary keys) is, so a flood of user names cannot grow memory without bound.
 */
public final class LocalTokenBuckets {

    static final int MAX_ENTRIES = 10_000;

    /** Tokens held at {@code updated} (nanos on {@link #nanoClock}) in a bucket of {@code limit}. */
    private static final class State {
        final Limit limit;
        double tokens;
        long updated;

        State(Limit limit, long updated) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = updated;
        }
    }

    private final Map<String, State> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final int maxEntries;

    /** @param nanoClock monotonic nanoseconds ({@code System::nanoTime}; a fake in tests) */
    public LocalTokenBuckets(LongSupplier nanoClock) {
        this(nanoClock, MAX_ENTRIES);
    }

    LocalTokenBuckets(LongSupplier nanoClock, int maxEntries) {
        this.nanoClock = nanoClock;
        this.maxEntries = maxEntries;
    }

    /** Takes one token from {@code key}'s bucket if it has one; else says how long until it will. */
    public RateDecision tryAcquire(String key, Limit limit) {
        if (!limit.enabled()) {
            return RateDecision.ALLOWED;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxEntries && !buckets.containsKey(key)) {
            evict(now);
        }
        State state = buckets.computeIfAbsent(key, k -> new State(limit, now));
        synchronized (state) {
            state.tokens = refilled(state, now, limit);
            state.updated = now;
            if (state.tokens >= 1) {
                state.tokens -= 1;
                return RateDecision.ALLOWED;
            }
            double missing = 1 - state.tokens;
            // Rounded to the nanosecond: floating-point noise must not add a whole second to Retry-After.
            return RateDecision.refusedFor(Math.round(missing / limit.perSecond() * 1e9));
        }
    }

    int size() {
        return buckets.size();
    }

    private static double refilled(State state, long now, Limit limit) {
        double elapsedSeconds = Math.max(0, now - state.updated) / 1e9;
        return Math.min(limit.burst(), state.tokens + elapsedSeconds * limit.perSecond());
    }

    private void evict(long now) {
        buckets.values().removeIf(state -> {
            synchronized (state) {
                return refilled(state, now, state.limit) >= state.limit.burst();
            }
        });
        if (buckets.size() >= maxEntries) {
            int toDrop = buckets.size() / 2;
            Iterator<State> it = buckets.values().iterator();
            while (toDrop-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
    }
}
