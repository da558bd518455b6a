package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.it.Dashboard.RawResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * DNS rebinding: a page on a foreign name that now resolves to the dashboard reaches it with that
 * name in {@code Host} (and as its Origin). Only loopback and {@code dashboard.http.allowed-hosts}
 * ({@code dash.example.test} in the test configuration) are answered.
 */
public class HostCheckIT {

    private static final String REBOUND = "rebind.evil.example:" + Dashboard.BASE.getPort();

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void aForeignHostGetsA421ProblemOnTheApi() {
        RawResponse response = Dashboard.rawGetWithHost(REBOUND, "/api/v1/resources/pods", Dashboard.proxyHeaders("alice", "team-a"));

        assertThat(response.status()).as(response.text()).isEqualTo(421);
        assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(421);
        assertThat(problem.path("detail").asText()).contains("dashboard.http.allowed-hosts");
        assertThat(response.body()).doesNotContain("\"rows\"");
    }

    @Test
    void aForeignHostGetsNoUi() {
        RawResponse response = Dashboard.rawGetWithHost(REBOUND, "/", Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(421);
        assertThat(response.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void aForeignHostCannotOpenTheWebSocketEvenAsItsOwnOrigin() {
        Map<String, String> headers = Dashboard.upgradeHeaders();
        headers.putAll(Dashboard.proxyHeaders("alice", "team-a"));
        headers.put("Origin", "http://" + REBOUND);

        String head = Dashboard.rawHead(REBOUND, "/ws", headers);

        assertThat(head).as(head).startsWith("HTTP/1.1 421");
    }

    @Test
    void loopbackWithAnyPortIsServedAsOAuth2ProxySendsIt() {
        // oauth2-proxy passes the browser's Host (127.0.0.1:4180 in dev/testenv) to the upstream.
        RawResponse response = Dashboard.rawGetWithHost("127.0.0.1:4180", "/api/v1/cluster", Dashboard.proxyHeaders("alice", "team-a"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(Dashboard.rawGetWithHost("localhost:5173", "/", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void probesAndScrapersAddressingThePodByIpReachHealthAndMetrics() {
        // kubelet and Prometheus send Host: <pod IP>:<port>; /health and /metrics are Liberty's,
        // outside the application's check.
        String podIp = "10.1.2.3:" + Dashboard.BASE.getPort();
        RawResponse health = Dashboard.rawGetWithHost(podIp, "/health/ready", Map.of());
        assertThat(health.status()).as(health.text()).isEqualTo(200);
        RawResponse metrics = Dashboard.rawGetWithHost(podIp, "/metrics", Map.of());
        assertThat(metrics.status()).as(metrics.head()).isEqualTo(200);
    }

    @Test
    void aConfiguredPublicHostNameIsServed() {
        RawResponse response = Dashboard.rawGetWithHost("dash.example.test", "/api/v1/cluster", Dashboard.proxyHeaders("alice", "team-a"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @Test
    void theWebSocketAcceptsThePublicOriginBehindAProxyThatRewritesHost() {
        // An Ingress or proxy that sends its own Host upstream: the Origin is the public name.
        Map<String, String> headers = Dashboard.upgradeHeaders();
        headers.putAll(Dashboard.proxyHeaders("alice", "team-a"));
        headers.put("Origin", "https://dash.example.test");

        String head = Dashboard.rawHead(Dashboard.BASE.getHost() + ":" + Dashboard.BASE.getPort(), "/ws", headers);

        assertThat(head).as(head).startsWith("HTTP/1.1 101");
    }
}
