package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas' TTL caches over one real redis-server. */
class SharedTtlCacheTest {

    /** A value with structure, as a chart index entry would be. */
    record Version(String gitVersion, List<String> platforms) {
    }

    RedisServerProcess redis;
    RedisConnection connectionA;
    RedisConnection connectionB;
    final SharedDecisionCacheTest.ManualClock clock = new SharedDecisionCacheTest.ManualClock();
    final CountingFallbacks fallbacks = new CountingFallbacks();
    final AtomicInteger loads = new AtomicInteger();

    Supplier<Version> loader(String gitVersion) {
        return () -> {
            loads.incrementAndGet();
            return new Version(gitVersion, List.of("linux/amd64"));
        };
    }

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

    SharedTtlCache cache(RedisConnection connection) {
        return new SharedTtlCache(new RedisOps(connection), fallbacks, clock);
    }

    @Test
    void oneReplicaLoadsAndTheOtherReadsItsCopy() {
        SharedTtlCache a = cache(connectionA);
        SharedTtlCache b = cache(connectionB);
        assertThat(a.get("version", Version.class, Duration.ofMinutes(5), loader("v1.34.1"))).isEqualTo(new Version("v1.34.1", List.of("linux/amd64")));
        assertThat(b.get("version", Version.class, Duration.ofMinutes(5), loader("v1.35.0"))).isEqualTo(new Version("v1.34.1", List.of("linux/amd64")));
        assertThat(a.get("version", Version.class, Duration.ofMinutes(5), loader("v1.35.0")).gitVersion()).isEqualTo("v1.34.1");
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void anExpiredCopyIsLoadedAgain() throws Exception {
        SharedTtlCache a = cache(connectionA);
        SharedTtlCache b = cache(connectionB);
        a.get("version", Version.class, Duration.ofMillis(400), loader("v1.34.1"));
        clock.advance(Duration.ofMillis(400));
        // Bounded polling: Redis expires the key on its own clock.
        Eventually.await("reloaded after the TTL", Duration.ofSeconds(5),
                () -> b.get("version", Version.class, Duration.ofMillis(400), loader("v1.35.0")).gitVersion().equals("v1.35.0"));
        assertThat(a.get("version", Version.class, Duration.ofMinutes(5), loader("unused")).gitVersion()).isEqualTo("v1.35.0");
    }

    @Test
    void nullAndFailedLoadsAreNotKept() {
        SharedTtlCache a = cache(connectionA);
        assertThat(a.get("nothing", String.class, Duration.ofMinutes(1), () -> null)).isNull();
        assertThatThrownBy(() -> a.get("nothing", String.class, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("API server down");
        })).hasMessageContaining("down");
        assertThat(a.get("nothing", String.class, Duration.ofMinutes(1), () -> "now")).isEqualTo("now");
    }

    @Test
    void withRedisDownValuesAreLoadedAndKeptLocallyAndTheFallbacksCounted() throws Exception {
        SharedTtlCache a = cache(connectionA);
        redis.stop();
        assertThat(a.get("version", Version.class, Duration.ofMinutes(5), loader("v1.34.1")).gitVersion()).isEqualTo("v1.34.1");
        assertThat(fallbacks.count("ttl-get")).isEqualTo(1);
        assertThat(fallbacks.count("ttl-put")).isEqualTo(1);
        assertThat(a.get("version", Version.class, Duration.ofMinutes(5), loader("v1.35.0")).gitVersion()).isEqualTo("v1.34.1");
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void withoutRedisConfiguredItIsALocalTtlCache() {
        SharedTtlCache local = new SharedTtlCache(null, fallbacks, clock);
        local.get("version", Version.class, Duration.ofSeconds(10), loader("v1.34.1"));
        local.get("version", Version.class, Duration.ofSeconds(10), loader("v1.35.0"));
        assertThat(loads.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(local.get("version", Version.class, Duration.ofSeconds(10), loader("v1.35.0")).gitVersion()).isEqualTo("v1.35.0");
        assertThat(fallbacks.count("ttl-get")).isZero();
    }
}
