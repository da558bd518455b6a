package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "All namespaces" on a real API server with RBAC: a namespace-scoped user (alice: edit in
 * team-a only) gets the namespaces she may read, not a 403 wall; a cluster-wide viewer (bob) still
 * gets everything in one list; a user with no rights gets an honest 403 and no namespaces.
 */
public class RealClusterNamespacesIT {

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static List<String> keys(JsonNode table) {
        List<String> keys = new ArrayList<>();
        table.path("rows").forEach(row -> keys.add(row.path("namespace").asText() + "/" + row.path("name").asText()));
        return keys;
    }

    private static List<String> adminPods(String namespace) {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            var pods = namespace == null ? admin.pods().inAnyNamespace() : admin.pods().inNamespace(namespace);
            return pods.list().getItems().stream()
                    .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList();
        }
    }

    @Test
    void aliceAllNamespacesListHoldsExactlyTeamAsPods() {
        List<String> expected = adminPods("team-a");
        assertThat(expected).as("team-a has pods in the test environment").isNotEmpty();
        List<String> rows = keys(ok(dashboard.get("/api/v1/resources/pods", "alice", "team-a")));
        assertThat(rows).isSorted().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void alicePagesThroughHerNamespacesWithTheContinueToken() {
        List<String> expected = adminPods("team-a");
        assertThat(expected.size()).as("team-a has more than one pod").isGreaterThan(1);
        List<String> paged = new ArrayList<>();
        String next = "";
        int pages = 0;
        do {
            JsonNode page = ok(dashboard.get("/api/v1/resources/pods?limit=1"
                    + (next.isEmpty() ? "" : "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), "alice", "team-a"));
            assertThat(page.path("rows").size()).isLessThanOrEqualTo(1);
            paged.addAll(keys(page));
            next = page.path("continue").isNull() ? "" : page.path("continue").asText("");
            pages++;
        } while (!next.isEmpty() && pages < 100);
        assertThat(pages).isGreaterThan(1);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aliceIsOfferedTeamAAndNotTeamB() {
        List<String> names = Json.texts(ok(dashboard.get("/api/v1/namespaces", "alice", "team-a")), "name");
        assertThat(names).contains("team-a").doesNotContain("team-b", "kube-system", "default");
    }

    @Test
    void bobStillGetsEveryNamespacesPodsInOneList() {
        List<String> rows = keys(ok(dashboard.get("/api/v1/resources/pods", "bob", "viewers")));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(adminPods(null));
        assertThat(rows).anyMatch(k -> k.startsWith("team-a/")).anyMatch(k -> k.startsWith("team-b/"));
        List<String> names = Json.texts(ok(dashboard.get("/api/v1/namespaces", "bob", "viewers")), "name");
        assertThat(names).contains("team-a", "team-b", "kube-system", "default");
    }

    @Test
    void aUserWhoMayReadNothingGetsA403ProblemAndNoNamespaces() {
        Problems.assertProblem(dashboard.get("/api/v1/resources/pods", "carol", "nobody"), 403);
        assertThat(Json.texts(ok(dashboard.get("/api/v1/namespaces", "carol", "nobody")), "name")).isEmpty();
    }
}
