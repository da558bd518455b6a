package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Paging and selectors against a real API server, which (unlike the mock) really pages. */
public class RealClusterListingIT {

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
    }

    private static JsonNode list(String query) {
        HttpResponse<String> response = dashboard.get("/api/v1/resources/pods" + query, "bob", "viewers");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void pagesWithLimitAndContinueCoverEveryPodOnce() {
        List<String> paged = new ArrayList<>();
        JsonNode page = list("?limit=2");
        int pages = 1;
        while (true) {
            assertThat(page.path("rows").size()).isLessThanOrEqualTo(2);
            page.path("rows").forEach(row -> paged.add(row.path("namespace").asText() + "/" + row.path("name").asText()));
            String next = page.path("continue").asText("");
            if (next.isEmpty() || page.path("continue").isNull()) {
                break;
            }
            page = list("?limit=2&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            pages++;
        }
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            List<String> all = admin.pods().inAnyNamespace().list().getItems().stream()
                    .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList();
            assertThat(all.size()).as("enough pods to page").isGreaterThan(2);
            assertThat(pages).isGreaterThan(1);
            assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void labelSelectorsSelectAsTheApiServerDoes() {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            String app = admin.pods().inNamespace("team-a").list().getItems().get(0).getMetadata().getLabels().get("app");
            for (String selector : List.of("app=" + app, "app!=" + app, "app in (" + app + ",nothing)", "!app")) {
                List<String> expected = admin.pods().inAnyNamespace().withLabelSelector(selector).list().getItems().stream()
                        .map(p -> p.getMetadata().getName()).toList();
                JsonNode rows = list("?labelSelector=" + URLEncoder.encode(selector, StandardCharsets.UTF_8)).path("rows");
                assertThat(Json.texts(rows, "name")).as(selector).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
