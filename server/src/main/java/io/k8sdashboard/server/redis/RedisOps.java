package io.k8sdashboard.server.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.redisson.client.codec.StringCodec;

/**
 * Every Redis command the dashboard sends, each bounded by a timeout and behind one circuit
 * breaker: while Redis is down, callers fail fast (CircuitBreakerOpenException) instead of each
 * waiting for Redisson's timeout. Methods throw on failure; callers (called from other beans, so
 * the interceptors fire) fall back to local state and count it with {@link FallbackCounter}.
 *
 * <p>Outside CDI (unit tests) the annotations do nothing; Redisson's own short timeouts
 * ({@link RedisSettings}) still bound every call.
 */
@ApplicationScoped
public class RedisOps {

    /** Above Redisson's own bound (timeout, one retry after a short delay), so Redisson answers first. */
    static final long TIMEOUT_MS = 1_500;

    @Inject
    RedisConnection connection;

    /** For CDI. */
    public RedisOps() {
    }

    /** For tests. */
    public RedisOps(RedisConnection connection) {
        this.connection = connection;
    }

    /** The string at {@code key}, {@code null} when absent. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public String get(String key) {
        return connection.requireClient().<String>getBucket(key, StringCodec.INSTANCE).get();
    }

    /** Sets {@code key} to {@code value}, expiring after {@code ttl}. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public void set(String key, String value, Duration ttl) {
        connection.requireClient().<String>getBucket(key, StringCodec.INSTANCE).set(value, ttl);
    }

    /** Publishes {@code message} on {@code channel}; returns how many subscribers received it. */
    @Timeout(value = TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5_000, successThreshold = 1)
    public long publish(String channel, String message) {
        return connection.requireClient().getTopic(channel, StringCodec.INSTANCE).publish(message);
    }
}
