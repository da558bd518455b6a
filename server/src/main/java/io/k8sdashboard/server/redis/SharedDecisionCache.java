package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.access.AccessKey;
import io.k8sdashboard.server.access.DecisionCache;
import io.k8sdashboard.server.access.LocalDecisionCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Access decisions shared between replicas: one Redis key per decision
 * ({@code k8sdashboard:access:<hash of user and groups>:<verb>:<group>:<resource>:<namespace>})
 * expiring with the decision, plus a local copy. The local copy answers first (no Redis round
 * trip for a warm decision) and is all there is while Redis is down.
 */
public final class SharedDecisionCache implements DecisionCache {

    static final String PREFIX = "k8sdashboard:access:";
    private static final Logger LOG = Logger.getLogger(SharedDecisionCache.class.getName());

    /** As stored in Redis; {@code expires} in epoch milliseconds, so a copy never outlives the original. */
    record Stored(boolean allowed, long expires) {
    }

    private final LocalDecisionCache local;
    private final RedisOps ops;
    private final FallbackCounter fallbacks;
    private final Clock clock;

    public SharedDecisionCache(LocalDecisionCache local, RedisOps ops, FallbackCounter fallbacks, Clock clock) {
        this.local = local;
        this.ops = ops;
        this.fallbacks = fallbacks;
        this.clock = clock;
    }

    @Override
    public Optional<Boolean> get(AccessKey key) {
        Optional<Boolean> cached = local.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        String json;
        try {
            json = ops.get(PREFIX + key.id());
        } catch (RuntimeException e) {
            fallbacks.fallback("access-get");
            LOG.log(Level.FINE, "Reading a shared access decision failed", e);
            return Optional.empty();
        }
        if (json == null) {
            return Optional.empty();
        }
        Stored stored;
        try {
            stored = RedisJson.MAPPER.readValue(json, Stored.class);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Ignoring a malformed shared access decision: " + e.getMessage());
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochMilli(stored.expires());
        if (!clock.instant().isBefore(expires)) {
            return Optional.empty();
        }
        local.putUntil(key, stored.allowed(), expires);
        return Optional.of(stored.allowed());
    }

    @Override
    public void put(AccessKey key, boolean allowed, Duration ttl) {
        Instant expires = clock.instant().plus(ttl);
        local.putUntil(key, allowed, expires);
        try {
            ops.set(PREFIX + key.id(), RedisJson.MAPPER.writeValueAsString(new Stored(allowed, expires.toEpochMilli())), ttl);
        } catch (RuntimeException e) {
            fallbacks.fallback("access-put");
            LOG.log(Level.FINE, "Sharing an access decision failed", e);
        }
    }
}
