package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Per-user rate limits on the running server: a user who keeps opening {@code /ws} connections
 * is refused with a 429 problem and {@code Retry-After} once over
 * {@code dashboard.ratelimit.ws-connections-per-minute} (120 in the test configuration), and
 * another user is not. Every attempt counts, so plain GETs (426 until then) cross the limit.
 */
public class RateLimitIT {

    /** Far more attempts than the limit: the bucket refills 2 a second, the attempts are much faster. */
    private static final int MAX_ATTEMPTS = 2_000;

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void aUserOverTheConnectionLimitGets429WithRetryAfterAndAnotherUserDoesNot() {
        // Fresh names: the suite may run twice against one server within a minute.
        String run = Long.toString(System.nanoTime(), 36);
        String flooder = "rate-limit-flooder-" + run;
        HttpResponse<String> refused = null;
        int attempts = 0;
        while (refused == null && attempts < MAX_ATTEMPTS) {
            HttpResponse<String> response = Dashboard.get("/ws", flooder);
            attempts++;
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(426);
            }
        }
        assertThat(refused).as("refused within " + MAX_ATTEMPTS + " attempts").isNotNull();
        assertThat(attempts).as("the burst of 120 was served first").isGreaterThan(120);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode problem = Json.parse(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("type").asText()).endsWith("/rate-limited");
        assertThat(problem.path("detail").asText()).contains("ws-connections");

        HttpResponse<String> other = Dashboard.get("/ws", "rate-limit-bystander-" + run);
        assertThat(other.statusCode()).as("another user's bucket is untouched").isEqualTo(426);

        HttpResponse<String> metrics = Dashboard.get("/metrics", null);
        assertThat(metrics.body()).containsPattern("dashboard_rate_limited_total\\{bucket=\"ws-connections\"[^}]*} [1-9]");
    }
}
