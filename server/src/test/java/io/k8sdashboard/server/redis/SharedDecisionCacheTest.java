package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.access.AccessKey;
import io.k8sdashboard.server.access.LocalDecisionCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas' decision caches over one real redis-server. */
class SharedDecisionCacheTest {

    static final AccessKey ALICE_PODS = new AccessKey("alice", List.of("dev", "team-a"), "list", "", "pods", "team-a");

    /** A clock moved by hand, for the local copies; Redis expiry runs on real time. */
    static final class ManualClock extends Clock {
        volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    RedisServerProcess redis;
    RedisConnection connectionA;
    RedisConnection connectionB;
    final ManualClock clock = new ManualClock();
    final CountingFallbacks fallbacks = new CountingFallbacks();

    @BeforeEach
    void start() throws Exception {
        redis = RedisServerProcess.start();
        connectionA = connect();
        connectionB = connect();
    }

    @AfterEach
    void stop() throws Exception {
        connectionA.close();
        connectionB.close();
        redis.close();
    }

    RedisConnection connect() throws InterruptedException {
        RedisConnection connection = new RedisConnection(RedisSettings.of(redis.url()));
        connection.start();
        connection.awaitClient(Eventually.GENEROUS);
        return connection;
    }

    SharedDecisionCache cache(RedisConnection connection) {
        return new SharedDecisionCache(new LocalDecisionCache(clock, 100), new RedisOps(connection), fallbacks, clock);
    }

    @Test
    void aDecisionMadeOnOneReplicaIsReusedByTheOther() {
        SharedDecisionCache a = cache(connectionA);
        SharedDecisionCache b = cache(connectionB);
        assertThat(b.get(ALICE_PODS)).isEmpty();

        a.put(ALICE_PODS, true, Duration.ofSeconds(30));
        AccessKey denied = new AccessKey("alice", List.of("dev", "team-a"), "list", "", "pods", "team-b");
        a.put(denied, false, Duration.ofSeconds(30));

        assertThat(b.get(ALICE_PODS)).contains(true);
        assertThat(b.get(denied)).contains(false);
        // Other groups are another subject: not shared.
        assertThat(b.get(new AccessKey("alice", List.of("team-a"), "list", "", "pods", "team-a"))).isEmpty();
        assertThat(fallbacks.count("access-get") + fallbacks.count("access-put")).isZero();
    }

    @Test
    void sharedDecisionsExpireWithTheirTimeToLive() throws Exception {
        SharedDecisionCache a = cache(connectionA);
        SharedDecisionCache b = cache(connectionB);
        a.put(ALICE_PODS, true, Duration.ofMillis(400));
        assertThat(b.get(ALICE_PODS)).contains(true);

        // The Redis key expires on Redis's own clock: a replica with no local copy then finds nothing.
        Eventually.await("the shared decision expires in Redis", Duration.ofSeconds(5), () -> !redisKeyExists(ALICE_PODS));
        assertThat(cache(connectionB).get(ALICE_PODS)).isEmpty();
        // Local copies expire with the decision too.
        assertThat(a.get(ALICE_PODS)).contains(true);
        clock.advance(Duration.ofMillis(400));
        assertThat(a.get(ALICE_PODS)).isEmpty();
        assertThat(b.get(ALICE_PODS)).isEmpty();
    }

    @Test
    void theRedisKeyHidesUserAndGroupsAndStaysShort() {
        String key = SharedDecisionCache.PREFIX + new AccessKey("alice@example.com", List.of("g".repeat(300)), "list", "apps",
                "deployments", "team-a").id();
        assertThat(key).doesNotContain("alice").doesNotContain("ggg").endsWith(":list:apps:deployments:team-a");
        assertThat(key.length()).isLessThan(100);
    }

    @Test
    void withRedisDownDecisionsAreKeptLocallyAndTheFallbacksCounted() throws Exception {
        SharedDecisionCache a = cache(connectionA);
        redis.stop();

        a.put(ALICE_PODS, true, Duration.ofSeconds(30));
        assertThat(fallbacks.count("access-put")).isEqualTo(1);
        assertThat(a.get(ALICE_PODS)).contains(true);

        AccessKey unknown = new AccessKey("bob", List.of(), "list", "", "pods", "team-a");
        assertThat(a.get(unknown)).isEmpty();
        assertThat(fallbacks.count("access-get")).isEqualTo(1);

        redis.restart();
        Eventually.await("Redis answers again", () -> {
            a.put(unknown, false, Duration.ofSeconds(30));
            return cache(connectionB).get(unknown).equals(Optional.of(false));
        });
    }

    private boolean redisKeyExists(AccessKey key) {
        return new RedisOps(connectionA).get(SharedDecisionCache.PREFIX + key.id()) != null;
    }
}
