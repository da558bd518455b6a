package io.k8sdashboard.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decisions held in this process, at most {@code maxEntries}: beyond, expired ones are dropped,
 * then all (a rare full clear costs some reviews, never a wrong answer).
 */
public final class LocalDecisionCache implements DecisionCache {

    /** The default bound. */
    public static final int MAX_ENTRIES = 10_000;

    private record Decision(boolean allowed, Instant expires) {
    }

    private final Clock clock;
    private final int maxEntries;
    private final Map<AccessKey, Decision> decisions = new ConcurrentHashMap<>();

    public LocalDecisionCache(Clock clock, int maxEntries) {
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public Optional<Boolean> get(AccessKey key) {
        Decision decision = decisions.get(key);
        if (decision == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(decision.expires())) {
            decisions.remove(key, decision);
            return Optional.empty();
        }
        return Optional.of(decision.allowed());
    }

    @Override
    public void put(AccessKey key, boolean allowed, Duration ttl) {
        putUntil(key, allowed, clock.instant().plus(ttl));
    }

    /** Remembers a decision until an absolute time (a copy of a shared decision keeps its expiry). */
    public void putUntil(AccessKey key, boolean allowed, Instant expires) {
        Instant now = clock.instant();
        if (!now.isBefore(expires)) {
            return;
        }
        if (decisions.size() >= maxEntries) {
            decisions.values().removeIf(d -> !now.isBefore(d.expires()));
            if (decisions.size() >= maxEntries) {
                decisions.clear();
            }
        }
        decisions.put(key, new Decision(allowed, expires));
    }

    /** The number of decisions held. */
    public int size() {
        return decisions.size();
    }
}
