package io.k8sdashboard.server.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;

/**
 * Time-limited copies of what no watch keeps current (the cluster's version, chart indexes...),
 * shared between replicas: the first replica to need a value loads it and stores it in Redis
 * ({@code k8sdashboard:ttl:<name>}) for its time to live; the others read that copy instead of
 * loading again. Each replica keeps a local copy too, so a warm read costs no Redis round trip,
 * and while Redis is down (or not configured) values are loaded and kept locally.
 *
 * <p>Values are stored as JSON: give a type Jackson can read back (records, strings, lists of them).
 * Nothing secret belongs here: other replicas, and whoever can read Redis, see it.
 */
@ApplicationScoped
public class SharedTtlCache {

    static final String PREFIX = "k8sdashboard:ttl:";
    private static final Logger LOG = Logger.getLogger(SharedTtlCache.class.getName());

    /** As stored in Redis; {@code expires} in epoch milliseconds. */
    record Stored(long expires, JsonNode value) {
    }

    private record Local(Object value, Instant expires) {
    }

    @Inject
    RedisConnection connection;
    @Inject
    RedisOps ops;
    @Inject
    RedisFallbackMetrics metrics;

    private FallbackCounter fallbacks;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    /** For CDI. */
    public SharedTtlCache() {
    }

    /** For tests: {@code ops} null means Redis is not configured. */
    public SharedTtlCache(RedisOps ops, FallbackCounter fallbacks, Clock clock) {
        this.ops = ops;
        this.fallbacks = fallbacks;
        this.clock = clock;
    }

    /**
     * The value named {@code name}: the local copy while fresh, else the shared copy, else
     * {@code loader}'s answer (then shared for {@code ttl}). A {@code null} answer is returned but
     * not kept; a loader's exception propagates and nothing is kept.
     */
    public <T> T get(String name, Class<T> type, Duration ttl, Supplier<T> loader) {
        Instant now = clock.instant();
        Local copy = local.get(name);
        if (copy != null && now.isBefore(copy.expires()) && type.isInstance(copy.value())) {
            return type.cast(copy.value());
        }
        boolean shared = redisConfigured();
        if (shared) {
            T found = readShared(name, type, now);
            if (found != null) {
                return found;
            }
        }
        T loaded = loader.get();
        if (loaded == null) {
            return null;
        }
        Instant expires = now.plus(ttl);
        local.put(name, new Local(loaded, expires));
        if (shared) {
            writeShared(name, loaded, ttl, expires);
        }
        return loaded;
    }

    private <T> T readShared(String name, Class<T> type, Instant now) {
        String json;
        try {
            json = ops.get(PREFIX + name);
        } catch (RuntimeException e) {
            fallbacks().fallback("ttl-get");
            LOG.log(Level.FINE, "Reading shared copy " + name + " failed", e);
            return null;
        }
        if (json == null) {
            return null;
        }
        try {
            Stored stored = RedisJson.MAPPER.readValue(json, Stored.class);
            Instant expires = Instant.ofEpochMilli(stored.expires());
            if (!now.isBefore(expires) || stored.value() == null) {
                return null;
            }
            T value = RedisJson.MAPPER.treeToValue(stored.value(), type);
            local.put(name, new Local(value, expires));
            return value;
        } catch (RuntimeException e) {
            LOG.fine(() -> "Ignoring a malformed shared copy of " + name + ": " + e.getMessage());
            return null;
        }
    }

    private void writeShared(String name, Object value, Duration ttl, Instant expires) {
        try {
            String json = RedisJson.MAPPER.writeValueAsString(new Stored(expires.toEpochMilli(), RedisJson.MAPPER.valueToTree(value)));
            ops.set(PREFIX + name, json, ttl);
        } catch (RuntimeException e) {
            fallbacks().fallback("ttl-put");
            LOG.log(Level.FINE, "Sharing copy " + name + " failed", e);
        }
    }

    private boolean redisConfigured() {
        return ops != null && (connection == null || connection.configured());
    }

    private FallbackCounter fallbacks() {
        return fallbacks != null ? fallbacks : metrics;
    }
}
