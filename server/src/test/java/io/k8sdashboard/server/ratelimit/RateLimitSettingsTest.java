package io.k8sdashboard.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {

    private static RateLimitSettings settings(boolean enabled) {
        RateLimitSettings settings = new RateLimitSettings();
        settings.enabled = enabled;
        settings.readsPerSecond = 50;
        settings.readsBurst = 200;
        settings.mutationsPerSecond = 10;
        settings.mutationsBurst = 20;
        settings.wsConnectionsPerMinute = 10;
        settings.subscriptionsPerMinute = 60;
        return settings;
    }

    @Test
    void eachBucketHasItsConfiguredLimit() {
        RateLimitSettings settings = settings(true);
        assertThat(settings.limit(Bucket.READS)).isEqualTo(new Limit(50, 200));
        assertThat(settings.limit(Bucket.MUTATIONS)).isEqualTo(new Limit(10, 20));
        assertThat(settings.limit(Bucket.WS_CONNECTIONS)).isEqualTo(Limit.perMinute(10, 10));
        assertThat(settings.limit(Bucket.SUBSCRIPTIONS)).isEqualTo(Limit.perMinute(60, 60));
    }

    @Test
    void switchedOffNoBucketEverRefuses() {
        RateLimitSettings settings = settings(false);
        LocalTokenBuckets buckets = new LocalTokenBuckets(() -> 0L);
        RateLimiter limiter = new RateLimiter(settings::limit, buckets, null, operation -> { }, bucket -> { });
        for (Bucket bucket : Bucket.values()) {
            assertThat(settings.limit(bucket).enabled()).as(bucket.id()).isFalse();
            for (int i = 0; i < 500; i++) {
                assertThat(limiter.tryAcquire("alice", bucket).allowed()).as(bucket.id() + " #" + i).isTrue();
            }
        }
        assertThat(buckets.size()).as("no bucket is even kept").isZero();
    }
}
