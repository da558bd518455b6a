package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Impersonation on a real API server with RBAC: the dashboard sees what the signed-in user may
 * see, nothing more; and its own identity, were the impersonation headers ever lost, can change
 * nothing and read no Secret.
 */
public class RealClusterRbacIT {

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
    }

    @Test
    void aliceListsPodsInHerNamespace() {
        HttpResponse<String> response = dashboard.get("/api/v1/resources/pods?namespace=team-a", "alice", "team-a");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            List<String> expected = admin.pods().inNamespace("team-a").list().getItems().stream()
                    .map(p -> p.getMetadata().getName()).toList();
            assertThat(expected).as("team-a has pods in the test environment").isNotEmpty();
            assertThat(Json.texts(Json.parse(response.body()).path("rows"), "name")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aliceIsRefusedAnotherTeamsNamespaceWithA403Problem() {
        Problems.assertProblem(dashboard.get("/api/v1/resources/pods?namespace=team-b", "alice", "team-a"), 403);
    }

    @Test
    void theApiServerRefusesAliceTheSame() {
        try (KubernetesClient alice = env.clientAs("ALICE")) {
            assertThatThrownBy(() -> alice.pods().inNamespace("team-b").list())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        }
    }

    @Test
    void bobMayViewPodsButNotSecrets() {
        assertThat(dashboard.get("/api/v1/resources/pods?namespace=team-b", "bob", "viewers").statusCode()).isEqualTo(200);
        Problems.assertProblem(dashboard.get("/api/v1/resources/secrets?namespace=team-a", "bob", "viewers"), 403);
    }

    @Test
    void theDashboardIdentityAloneChangesNothingAndReadsNoSecret() {
        try (KubernetesClient own = env.clientAs("DASHBOARD")) {
            assertThat(own.pods().inNamespace("team-a").list().getItems()).as("it may list for the read model").isNotEmpty();
            assertRefused(() -> own.configMaps().inNamespace("team-a").resource(new ConfigMapBuilder()
                    .withNewMetadata().withName("written-without-impersonation").endMetadata().addToData("a", "b").build()).create());
            String deployment = own.apps().deployments().inNamespace("team-a").list().getItems().get(0).getMetadata().getName();
            assertRefused(() -> own.apps().deployments().inNamespace("team-a").withName(deployment).scale(0));
            String pod = own.pods().inNamespace("team-a").list().getItems().get(0).getMetadata().getName();
            assertRefused(() -> own.pods().inNamespace("team-a").withName(pod).delete());
            assertRefused(() -> own.secrets().inNamespace("team-a").list());
            assertRefused(() -> own.secrets().inAnyNamespace().list());
        }
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }
}
