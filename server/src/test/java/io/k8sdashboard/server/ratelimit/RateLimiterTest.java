package io.k8sdashboard.server.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.k8sdashboard.server.redis.RedisOps;
import io.k8sdashboard.server.redis.RedisUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> fallbacks = new ArrayList<>();
    private final List<Bucket> refusals = new ArrayList<>();

    private RateLimiter limiter(RedisOps shared) {
        return new RateLimiter(bucket -> bucket == Bucket.READS ? new Limit(1, 2) : Limit.UNLIMITED,
                new LocalTokenBuckets(now::get), shared, fallbacks::add, refusals::add);
    }

    @Test
    void withoutRedisRefusalsAreLocalAndCounted() {
        RateLimiter limiter = limiter(null);
        assertTrue(limiter.tryAcquire("alice", Bucket.READS).allowed());
        assertTrue(limiter.tryAcquire("alice", Bucket.READS).allowed());
        RateDecision refused = limiter.tryAcquire("alice", Bucket.READS);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals(List.of(Bucket.READS), refusals);
        assertTrue(limiter.tryAcquire("bob", Bucket.READS).allowed(), "bob is not alice");
        assertTrue(limiter.tryAcquire("alice", Bucket.MUTATIONS).allowed(), "a disabled bucket never refuses");
        assertEquals(List.of(), fallbacks);
    }

    @Test
    void redisDownFallsBackToLocalBucketsAndCountsIt() {
        RedisOps down = new RedisOps(null) {
            @Override
            public long takeToken(String key, double perSecond, int burst) {
                throw new RedisUnavailableException("down");
            }
        };
        RateLimiter limiter = limiter(down);
        assertTrue(limiter.tryAcquire("alice", Bucket.READS).allowed());
        assertTrue(limiter.tryAcquire("alice", Bucket.READS).allowed());
        assertFalse(limiter.tryAcquire("alice", Bucket.READS).allowed());
        assertEquals(List.of("rate-limit", "rate-limit", "rate-limit"), fallbacks);
    }

    @Test
    void redisAnswerDecidesAndNamesTheWait() {
        List<String> keys = new ArrayList<>();
        RedisOps shared = new RedisOps(null) {
            @Override
            public long takeToken(String key, double perSecond, int burst) {
                keys.add(key);
                return key.contains(":reads:") && keys.size() > 1 ? 2_500 : 0;
            }
        };
        RateLimiter limiter = limiter(shared);
        assertTrue(limiter.tryAcquire("alice", Bucket.READS).allowed());
        RateDecision refused = limiter.tryAcquire("alice", Bucket.READS);
        assertFalse(refused.allowed());
        assertEquals(3, refused.retryAfterSeconds(), "2.5 s rounds up");
        assertTrue(keys.get(0).startsWith(RateLimiter.KEY_PREFIX + "reads:"));
        assertEquals(List.of(), fallbacks);
    }
}
