package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.server.redis.RedisServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Per-user rate limits on two replicas sharing one Redis (issue 9, item 6): a user's {@code /ws}
 * connection attempts spread over both replicas draw on one bucket, and once it is empty both
 * replicas answer 429 with {@code Retry-After}; with Redis killed each replica still refuses a
 * flood from its own bucket (a whole burst served on each), and counts the fallback. Both replicas
 * watch the integration tests' mock cluster (no real cluster is needed for this). Fixed ports
 * 9082/9083 ({@link ReplicaPair}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReplicaRateLimitIT {

    /** The limit both replicas run with: a token every 10 s, so nothing refills between attempts. */
    private static final int PER_MINUTE = 6;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RedisServerProcess redis;
    private static ReplicaPair replicas;

    @BeforeAll
    static void up() throws Exception {
        redis = RedisServerProcess.start();
        io.k8sdashboard.it.TestCluster.get();
        Map<String, String> settings = new HashMap<>(Map.of(
                "DASHBOARD_KUBERNETES_API_URL", "http://127.0.0.1:" + Integer.getInteger("it.k8s.port", 18089),
                "DASHBOARD_KUBERNETES_TOKEN", "integration-test-token",
                "DASHBOARD_CLUSTER_DEMO", "false",
                "DASHBOARD_AUTH_MODE", "proxy",
                "DASHBOARD_AUTH_TRUSTED_PROXIES", "127.0.0.1/32",
                "DASHBOARD_RATELIMIT_WS_CONNECTIONS_PER_MINUTE", Integer.toString(PER_MINUTE)));
        replicas = ReplicaPair.start(settings, settings, redis.url());
    }

    @AfterAll
    static void down() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void oneUsersAttemptsOnBothReplicasDrawOnOneSharedBucket() {
        String user = "flooder-" + Long.toString(System.nanoTime(), 36);
        int served = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 4 * PER_MINUTE && refused == null; i++) {
            HttpResponse<String> response = socketAttempt(i % 2 == 0 ? replicas.a() : replicas.b(), user);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(426);
                served++;
            }
        }
        assertThat(refused).as("refused").isNotNull();
        // Separate buckets would have served PER_MINUTE on each replica.
        assertThat(served).as("attempts served across both replicas").isEqualTo(PER_MINUTE);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);
        assertThat(refused.body()).contains("rate-limited").contains("ws-connections");
        for (URI replica : new URI[] {replicas.a(), replicas.b()}) {
            HttpResponse<String> again = socketAttempt(replica, user);
            assertThat(again.statusCode()).as("the same user on " + replica).isEqualTo(429);
            assertThat(again.headers().firstValue("Retry-After")).as("Retry-After from " + replica).isPresent();
        }
        assertThat(socketAttempt(replicas.b(), user + "-bystander").statusCode()).isEqualTo(426);
    }

    @Test
    @Order(2)
    void withRedisDownEachReplicaRefusesFromItsOwnBucketAndCountsTheFallback() throws Exception {
        redis.stop();
        String user = "flooder-" + Long.toString(System.nanoTime(), 36);
        for (URI replica : new URI[] {replicas.a(), replicas.b()}) {
            int served = 0;
            HttpResponse<String> refused = null;
            for (int i = 0; i < 4 * PER_MINUTE && refused == null; i++) {
                HttpResponse<String> response = socketAttempt(replica, user);
                if (response.statusCode() == 429) {
                    refused = response;
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(426);
                    served++;
                }
            }
            assertThat(refused).as("refused by the own bucket of " + replica).isNotNull();
            // Each replica serves a whole burst: its bucket is its own while Redis is down.
            assertThat(served).as("attempts served by " + replica).isEqualTo(PER_MINUTE);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("rate-limited");
        }
        String metrics = get(replicas.a(), "/metrics", null).body();
        Matcher m = Pattern.compile("(?m)^dashboard_redis_fallbacks_total\\{[^}]*operation=\"rate-limit\"[^}]*}\\s+([0-9.eE+]+)")
                .matcher(metrics);
        assertThat(m.find()).as("rate-limit fallbacks in /metrics").isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(PER_MINUTE + 1);
    }

    /** A plain GET of /ws: 426 (no WebSocket upgrade) while under the limit, 429 over it. */
    private static HttpResponse<String> socketAttempt(URI base, String user) {
        return get(base, "/ws", user);
    }

    private static HttpResponse<String> get(URI base, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("X-Forwarded-User", user).header("X-Forwarded-Email", user + "@example.com");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
