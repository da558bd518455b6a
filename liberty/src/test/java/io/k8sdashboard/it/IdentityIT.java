package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.it.Dashboard.RawResponse;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Proxy mode: identity headers count only from the trusted proxy (127.0.0.1 in the test
 * configuration); the same headers from another peer are refused.
 */
public class IdentityIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void headersFromTheTrustedProxyNameTheUser() {
        HttpResponse<String> response = Dashboard.get("/api/v1/cluster", "alice", "team-a", "viewers");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode user = Json.parse(response.body()).path("user");
        assertThat(user.path("name").asText()).isEqualTo("alice");
        assertThat(user.path("email").asText()).isEqualTo("alice@example.com");
        assertThat(user.path("groups").toString()).contains("team-a", "viewers");
    }

    @Test
    void theSameRawRequestFromTheTrustedPeerIsAccepted() {
        RawResponse response = Dashboard.rawGetFrom("127.0.0.1", "/api/v1/cluster", Dashboard.proxyHeaders("alice", "team-a"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @Test
    void spoofedHeadersFromAnUntrustedPeerAreRefused() {
        RawResponse response = Dashboard.rawGetFrom("127.0.0.2", "/api/v1/resources/pods",
                Dashboard.proxyHeaders("admin", "system:masters"));
        assertThat(response.status()).as(response.text()).isEqualTo(401);
        assertThat(response.text()).contains("application/problem+json");
        assertThat(response.body()).doesNotContain("\"rows\"");
    }

    @Test
    void xForwardedForDoesNotMakeAnUntrustedPeerTrusted() {
        Map<String, String> headers = Dashboard.proxyHeaders("admin", "team-a");
        headers.put("X-Forwarded-For", "127.0.0.1");
        headers.put("X-Real-IP", "127.0.0.1");
        RawResponse response = Dashboard.rawGetFrom("127.0.0.2", "/api/v1/cluster", headers);
        assertThat(response.status()).as(response.text()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutUserIsUnauthenticated() {
        Problems.assertProblem(Dashboard.get("/api/v1/resources/pods", null), 401);
    }

    @Test
    void systemUsersCannotBeImpersonated() {
        Problems.assertProblem(Dashboard.get("/api/v1/resources/pods", "system:admin", "system:masters"), 403);
    }

    @Test
    void systemGroupsCannotBeImpersonated() {
        // The dashboard's service account may impersonate any group: system:masters would make
        // any signed-in user a cluster admin, so such groups are refused before any call.
        Problems.assertProblem(Dashboard.get("/api/v1/resources/pods", "mallory", "team-a", "system:masters"), 403);
    }

    @Test
    void healthAndMetricsNeedNoUser() {
        assertThat(Dashboard.get("/health/live", null).statusCode()).isEqualTo(200);
        assertThat(Dashboard.get("/health/started", null).statusCode()).isEqualTo(200);
        assertThat(Dashboard.get("/metrics", null).statusCode()).isEqualTo(200);
    }
}
