package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RedisConnectionTest {

    @Test
    void withoutAUrlNothingConnectsAndReadinessSaysNotConfigured() {
        RedisConnection connection = new RedisConnection(new RedisSettings(Optional.of("  "), "r1"));
        connection.start();
        assertThat(connection.configured()).isFalse();
        assertThat(connection.client()).isEmpty();
        assertThat(connection.state()).isEqualTo(RedisState.NOT_CONFIGURED);
    }

    @Test
    void redisDownAtStartDoesNotBlockAndTheClientAppearsWhenItComesUp() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.notStarted()) {
            RedisConnection connection = new RedisConnection(RedisSettings.of(redis.url()));
            CountDownLatch ready = new CountDownLatch(1);
            connection.whenReady(client -> ready.countDown());
            long start = System.nanoTime();
            connection.start();
            try {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                assertThat(connection.client()).isEmpty();
                assertThat(connection.state()).isEqualTo(RedisState.DOWN);

                redis.restart();
                assertThat(ready.await(20, TimeUnit.SECONDS)).as("client created once Redis is up").isTrue();
                Eventually.await("readiness reports up", () -> connection.state() == RedisState.UP);

                redis.stop();
                Eventually.await("readiness reports down", () -> connection.state() == RedisState.DOWN);
            } finally {
                connection.close();
            }
        }
    }

    @Test
    void passwordsStayOutOfLogs() {
        assertThat(RedisConnection.redacted("redis://user:s3cret@redis:6379")).isEqualTo("redis://***@redis:6379");
        assertThat(RedisConnection.redacted("redis://redis:6379")).isEqualTo("redis://redis:6379");
    }
}
