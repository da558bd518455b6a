package io.k8sdashboard.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared token bucket script ({@link RedisOps#takeToken}) as two replicas use it, on a real redis-server. */
class RedisTokenBucketTest {

    /** One token per 1000 s: nothing refills while the test runs, so no timing enters the result. */
    static final double SLOW = 0.001;

    RedisServerProcess redis;
    RedisConnection connectionA;
    RedisConnection connectionB;

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

    @Test
    void replicasShareOneBucketPerKey() {
        RedisOps a = new RedisOps(connectionA);
        RedisOps b = new RedisOps(connectionB);
        assertThat(a.takeToken("t:alice", SLOW, 3)).isZero();
        assertThat(a.takeToken("t:alice", SLOW, 3)).isZero();
        assertThat(b.takeToken("t:alice", SLOW, 3)).isZero();
        long wait = b.takeToken("t:alice", SLOW, 3);
        assertThat(wait).as("ms until the next token, about 1000 s").isBetween(990_000L, 1_000_000L);
        assertThat(a.takeToken("t:alice", SLOW, 3)).isPositive();
        assertThat(a.takeToken("t:bob", SLOW, 3)).as("another key, another bucket").isZero();
    }
}
