package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.Problems;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Writes through the REST API on a real API server with RBAC, each as the signed-in user:
 * alice (edit in team-a) creates, applies, patches, scales and deletes in team-a; the same in
 * team-b is a 403 problem and leaves nothing behind; a dry run stores nothing; an invalid object
 * is a 422 naming the field; bob (view) may change nothing; a kind no plugin serves
 * (PodDisruptionBudgets) is found through discovery.
 */
public class RealClusterMutationsIT {

    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";
    private static TestEnv env;
    private static RealDashboard dashboard;
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String DEPLOYMENT = "mut-web-" + SUFFIX;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
    }

    @AfterAll
    static void cleanUp() {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : new String[] {"team-a", "team-b"}) {
                admin.apps().deployments().inNamespace(ns).withName(DEPLOYMENT).delete();
                admin.configMaps().inNamespace(ns).withLabel("mutations-it", SUFFIX).delete();
                admin.genericKubernetesResources("policy/v1", "PodDisruptionBudget").inNamespace(ns).withLabel("mutations-it", SUFFIX).delete();
            }
        }
    }

    private static String configMap(String namespace, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace
                + "\",\"labels\":{\"mutations-it\":\"" + SUFFIX + "\"}},\"data\":{\"greeting\":\"hello\"}}";
    }

    private static String deploymentYaml(String namespace, int replicas, String tier) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  namespace: %s
                  labels: {mutations-it: "%s", tier: %s}
                spec:
                  replicas: %d
                  selector:
                    matchLabels: {app: %s}
                  template:
                    metadata:
                      labels: {app: %s}
                    spec:
                      containers:
                      - name: main
                        image: registry.example/web:1
                """.formatted(DEPLOYMENT, namespace, SUFFIX, tier, replicas, DEPLOYMENT, DEPLOYMENT);
    }

    private static HttpResponse<String> alice(String method, String path, String type, String body) {
        return dashboard.send(method, path, type, body, "alice", "team-a");
    }

    private static Deployment adminDeployment(String namespace) {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            return admin.apps().deployments().inNamespace(namespace).withName(DEPLOYMENT).get();
        }
    }

    @Test
    void aliceCreatesAppliesPatchesScalesAndDeletesInHerNamespace() {
        String cm = "mut-cm-" + SUFFIX;
        HttpResponse<String> created = alice("POST", "/api/v1/resources/configmaps", JSON, configMap("team-a", cm));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Json.parse(created.body()).path("data").path("greeting").asText()).isEqualTo("hello");

        String path = "/api/v1/resources/deployments.apps/team-a/" + DEPLOYMENT;
        HttpResponse<String> applied = alice("PUT", path, YAML, deploymentYaml("team-a", 1, "front"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        // The controllers update the status (and so the resourceVersion) on their own: the
        // generation counts changes of the spec, which an identical apply must not make.
        long generation = Json.parse(applied.body()).path("metadata").path("generation").asLong();
        HttpResponse<String> again = alice("PUT", path, YAML, deploymentYaml("team-a", 1, "front"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Json.parse(again.body()).path("metadata").path("generation").asLong())
                .as("applying the same object again changes nothing").isEqualTo(generation);
        assertThat(adminDeployment("team-a").getMetadata().getGeneration()).isEqualTo(generation);
        HttpResponse<String> changed = alice("PUT", path, YAML, deploymentYaml("team-a", 1, "back"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(adminDeployment("team-a").getMetadata().getLabels()).containsEntry("tier", "back");
        assertThat(adminDeployment("team-a").getMetadata().getManagedFields())
                .anySatisfy(f -> assertThat(f.getManager()).isEqualTo("k8s-dashboard"));

        HttpResponse<String> patched = alice("PATCH", path, "application/merge-patch+json",
                "{\"metadata\":{\"annotations\":{\"patched-by\":\"alice\"}}}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(adminDeployment("team-a").getMetadata().getAnnotations()).containsEntry("patched-by", "alice");

        HttpResponse<String> strategic = alice("PATCH", path, "application/strategic-merge-patch+json",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"registry.example/web:2\"}]}}}}");
        assertThat(strategic.statusCode()).as(strategic.body()).isEqualTo(200);
        assertThat(adminDeployment("team-a").getSpec().getTemplate().getSpec().getContainers())
                .singleElement().satisfies(c -> assertThat(c.getImage()).isEqualTo("registry.example/web:2"));

        HttpResponse<String> scaled = alice("PUT", path + "/scale", JSON, "{\"replicas\":3}");
        assertThat(scaled.statusCode()).as(scaled.body()).isEqualTo(200);
        assertThat(Json.parse(scaled.body()).path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(adminDeployment("team-a").getSpec().getReplicas()).isEqualTo(3);

        HttpResponse<String> deleted = alice("DELETE", "/api/v1/resources/configmaps/team-a/" + cm, null, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            assertThat(admin.configMaps().inNamespace("team-a").withName(cm).get()).isNull();
        }
        Problems.assertProblem(alice("DELETE", "/api/v1/resources/configmaps/team-a/" + cm, null, null), 404);
    }

    @Test
    void theSameInAnotherTeamsNamespaceIsA403AndLeavesNothingBehind() {
        String cm = "mut-cm-b-" + SUFFIX;
        Problems.assertProblem(alice("POST", "/api/v1/resources/configmaps", JSON, configMap("team-b", cm)), 403);
        Problems.assertProblem(alice("PUT", "/api/v1/resources/deployments.apps/team-b/" + DEPLOYMENT, YAML,
                deploymentYaml("team-b", 1, "front")), 403);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            String existing = admin.apps().deployments().inNamespace("team-b").list().getItems().get(0).getMetadata().getName();
            Integer replicas = admin.apps().deployments().inNamespace("team-b").withName(existing).get().getSpec().getReplicas();
            Problems.assertProblem(alice("PUT", "/api/v1/resources/deployments.apps/team-b/" + existing + "/scale", JSON,
                    "{\"replicas\":5}"), 403);
            Problems.assertProblem(alice("DELETE", "/api/v1/resources/deployments.apps/team-b/" + existing, null, null), 403);
            assertThat(admin.configMaps().inNamespace("team-b").withName(cm).get()).isNull();
            assertThat(admin.apps().deployments().inNamespace("team-b").withName(DEPLOYMENT).get()).isNull();
            assertThat(admin.apps().deployments().inNamespace("team-b").withName(existing).get().getSpec().getReplicas())
                    .isEqualTo(replicas);
        }
    }

    @Test
    void aDryRunAnswersTheObjectAndStoresNothing() {
        String cm = "mut-dry-" + SUFFIX;
        HttpResponse<String> dry = alice("POST", "/api/v1/resources/configmaps?dryRun=true", JSON, configMap("team-a", cm));
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(Json.parse(dry.body()).path("metadata").path("name").asText()).isEqualTo(cm);
        HttpResponse<String> dryApply = alice("PUT", "/api/v1/resources/configmaps/team-a/" + cm + "?dryRun=true", JSON,
                configMap("team-a", cm));
        assertThat(dryApply.statusCode()).as(dryApply.body()).isEqualTo(200);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            assertThat(admin.configMaps().inNamespace("team-a").withName(cm).get()).isNull();
        }
    }

    @Test
    void anInvalidObjectIsA422NamingTheField() {
        HttpResponse<String> response = alice("PUT", "/api/v1/resources/deployments.apps/team-a/mut-invalid-" + SUFFIX, YAML,
                deploymentYaml("team-a", -1, "front").replace(DEPLOYMENT, "mut-invalid-" + SUFFIX));
        JsonNode problem = Problems.assertProblem(response, 422);
        assertThat(problem.path("field").asText()).isEqualTo("spec.replicas");
    }

    @Test
    void applyingAFieldAnotherManagerOwnsIsA409UnlessForced() {
        String cm = "mut-owned-" + SUFFIX;
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            admin.configMaps().inNamespace("team-a").resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                    .withNewMetadata().withName(cm).addToLabels("mutations-it", SUFFIX).endMetadata()
                    .addToData("greeting", "from another tool").build()).fieldManager("another-tool").serverSideApply();
        }
        String path = "/api/v1/resources/configmaps/team-a/" + cm;
        Problems.assertProblem(alice("PUT", path, JSON, configMap("team-a", cm)), 409);
        HttpResponse<String> forced = alice("PUT", path + "?force=true", JSON, configMap("team-a", cm));
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        assertThat(Json.parse(forced.body()).path("data").path("greeting").asText()).isEqualTo("hello");
    }

    @Test
    void aBodyNotMatchingTheUrlIsA400NamingTheField() {
        JsonNode problem = Problems.assertProblem(alice("PUT", "/api/v1/resources/configmaps/team-a/other-name", JSON,
                configMap("team-a", "mut-cm-" + SUFFIX)), 400);
        assertThat(problem.path("field").asText()).isEqualTo("metadata.name");
    }

    @Test
    void bobTheViewerIsRefusedAnyWrite() {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            String existing = admin.apps().deployments().inNamespace("team-a").list().getItems().get(0).getMetadata().getName();
            Problems.assertProblem(dashboard.send("PUT", "/api/v1/resources/deployments.apps/team-a/" + existing + "/scale", JSON,
                    "{\"replicas\":7}", "bob", "viewers"), 403);
            Problems.assertProblem(dashboard.send("POST", "/api/v1/resources/configmaps", JSON,
                    configMap("team-a", "bob-" + SUFFIX), "bob", "viewers"), 403);
            assertThat(admin.apps().deployments().inNamespace("team-a").withName(existing).get().getSpec().getReplicas())
                    .isNotEqualTo(7);
        }
    }

    @Test
    void aKindNoPluginServesIsFoundThroughDiscovery() {
        String pdb = "mut-pdb-" + SUFFIX;
        String body = "{\"apiVersion\":\"policy/v1\",\"kind\":\"PodDisruptionBudget\",\"metadata\":{\"name\":\"" + pdb
                + "\",\"labels\":{\"mutations-it\":\"" + SUFFIX + "\"}},\"spec\":{\"minAvailable\":1,"
                + "\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}}";
        HttpResponse<String> applied = alice("PUT", "/api/v1/resources/poddisruptionbudgets.policy/team-a/" + pdb, JSON, body);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            assertThat(admin.genericKubernetesResources("policy/v1", "PodDisruptionBudget").inNamespace("team-a").withName(pdb).get()).isNotNull();
        }
        HttpResponse<String> deleted = alice("DELETE", "/api/v1/resources/poddisruptionbudgets.policy/team-a/" + pdb, null, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    }
}
