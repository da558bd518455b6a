package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operators see Kubernetes API calls and request durations in /metrics. */
public class MetricsIT {

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void kubernetesCallsAreCountedByVerbResourceAndCode() {
        assertThat(Dashboard.get("/api/v1/resources/deployments.apps?namespace=shop").statusCode()).isEqualTo(200);
        String metrics = Dashboard.get("/metrics?scope=application", null).body();
        assertThat(metrics).containsPattern("k8s_api_requests_total\\{[^}]*code=\"200\"[^}]*resource=\"deployments\"[^}]*verb=\"list\"");
    }

    @Test
    void requestDurationsAreRecorded() {
        String metrics = Dashboard.get("/metrics", null).body();
        assertThat(metrics).containsPattern("(REST_request|http_server_request|dashboard_http_request)[a-z_]*seconds");
    }
}
