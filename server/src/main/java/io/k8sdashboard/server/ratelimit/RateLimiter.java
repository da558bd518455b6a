package io.k8sdashboard.server.ratelimit;

import io.k8sdashboard.server.redis.FallbackCounter;
import io.k8sdashboard.server.redis.RedisConnection;
import io.k8sdashboard.server.redis.RedisFallbackMetrics;
import io.k8sdashboard.server.redis.RedisOps;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides whether a user may send one more request of a kind ({@link Bucket}): one token bucket
 * per user and bucket. Shared between replicas through Redis when {@code dashboard.redis.url} is
 * set; in process when it is not, and whenever Redis fails or its circuit is open (counted as
 * {@code dashboard_redis_fallbacks_total{operation="rate-limit"}}): a Redis outage never fails a
 * request, it only makes the limit per replica for a while.
 *
 * <p>Callers: {@link RateLimitFilter} (reads, mutations), the {@code /ws} upgrade and each
 * {@code subscribe} message.
 */
@ApplicationScoped
public class RateLimiter implements RateLimits {

    static final String KEY_PREFIX = "k8sdashboard:ratelimit:";
    static final String FALLBACK_OPERATION = "rate-limit";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    @Inject
    RateLimitSettings settings;
    @Inject
    RedisConnection connection;
    @Inject
    RedisOps ops;
    @Inject
    RedisFallbackMetrics redisFallbacks;
    @Inject
    RateLimitMetrics metrics;

    private Function<Bucket, Limit> limits;
    private LocalTokenBuckets local;
    /** Null when Redis is not configured. */
    private RedisOps shared;
    private FallbackCounter fallbacks;
    private Consumer<Bucket> refusals;

    /** For CDI. */
    public RateLimiter() {
    }

    /** For tests: {@code shared} null means no Redis. */
    RateLimiter(Function<Bucket, Limit> limits, LocalTokenBuckets local, RedisOps shared, FallbackCounter fallbacks,
            Consumer<Bucket> refusals) {
        this.limits = limits;
        this.local = local;
        this.shared = shared;
        this.fallbacks = fallbacks;
        this.refusals = refusals;
    }

    @PostConstruct
    void init() {
        limits = settings::limit;
        local = new LocalTokenBuckets(System::nanoTime);
        if (connection.configured()) {
            connection.start();
            shared = ops;
        }
        fallbacks = redisFallbacks;
        refusals = metrics::refused;
    }

    /** Takes one token of {@code bucket} for {@code user}; a refusal is counted. */
    @Override
    public RateDecision tryAcquire(String user, Bucket bucket) {
        Limit limit = limits.apply(bucket);
        if (!limit.enabled()) {
            return RateDecision.ALLOWED;
        }
        String key = bucket.id() + ":" + encode(user);
        RateDecision decision = shared == null ? local.tryAcquire(key, limit) : sharedOrLocal(key, limit);
        if (!decision.allowed()) {
            refusals.accept(bucket);
        }
        return decision;
    }

    private RateDecision sharedOrLocal(String key, Limit limit) {
        long waitMillis;
        try {
            waitMillis = shared.takeToken(KEY_PREFIX + key, limit.perSecond(), limit.burst());
        } catch (RuntimeException e) {
            fallbacks.fallback(FALLBACK_OPERATION);
            LOG.log(Level.FINE, "Shared rate limit failed, using this replica's bucket", e);
            return local.tryAcquire(key, limit);
        }
        return waitMillis <= 0 ? RateDecision.ALLOWED : RateDecision.refusedFor(waitMillis * 1_000_000L);
    }

    /** User names may hold any character; the key must not be ambiguous. */
    private static String encode(String user) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }
}
