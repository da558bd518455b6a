package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.jaxrs.RESTClient;
import tools.jackson.databind.JsonNode;

/** Listing and reading objects of the built-in kinds, through a MicroShed REST client. */
@MicroShedTest
public class ResourcesIT {

    private static final String USER = "it-user";

    @RESTClient
    public static ResourcesApi api;

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    @Test
    void podsListShowsKubectlColumnsAndTheClusterPods() {
        JsonNode list = Json.parse(api.list("pods", "shop", null, USER));
        assertThat(Json.texts(list.path("columns"), "name"))
                .containsSubsequence("Name", "Namespace", "Ready", "Status", "Restarts", "Age")
                .contains("Node", "IP");
        List<String> expected = TestCluster.get().client().pods().inNamespace("shop").list().getItems().stream()
                .map(p -> p.getMetadata().getName()).toList();
        assertThat(Json.texts(list.path("rows"), "name")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void labelSelectorFiltersRows() {
        Pod any = TestCluster.get().client().pods().inNamespace("shop").list().getItems().get(0);
        String app = any.getMetadata().getLabels().get("app");
        JsonNode list = Json.parse(api.list("pods", "shop", "app=" + app, USER));
        List<String> expected = TestCluster.get().client().pods().inNamespace("shop").withLabel("app", app).list().getItems()
                .stream().map(p -> p.getMetadata().getName()).toList();
        assertThat(Json.texts(list.path("rows"), "name")).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    @Test
    void everyBuiltInKindIsListedAndServed() {
        JsonNode body = Json.parse(api.kinds(USER));
        JsonNode kinds = body.isArray() ? body : body.path("kinds");
        List<String> names = Json.texts(kinds, "resourceName");
        assertThat(names).contains("namespaces", "nodes", "pods", "deployments.apps", "replicasets.apps", "statefulsets.apps",
                "daemonsets.apps", "jobs.batch", "cronjobs.batch", "services", "ingresses.networking.k8s.io", "configmaps",
                "secrets", "persistentvolumeclaims", "persistentvolumes", "events", "serviceaccounts",
                "roles.rbac.authorization.k8s.io", "rolebindings.rbac.authorization.k8s.io",
                "clusterroles.rbac.authorization.k8s.io", "clusterrolebindings.rbac.authorization.k8s.io",
                "horizontalpodautoscalers.autoscaling", "networkpolicies.networking.k8s.io");
        for (String name : names) {
            JsonNode list = Json.parse(api.list(name, null, null, USER));
            assertThat(list.path("rows").isArray()).as("%s answers rows", name).isTrue();
        }
    }

    @Test
    void anObjectReadsAsJsonAndYaml() {
        Pod pod = TestCluster.get().client().pods().inNamespace("shop").list().getItems().get(0);
        String name = pod.getMetadata().getName();
        JsonNode json = Json.parse(api.get("pods", "shop", name, null, USER));
        assertThat(json.path("metadata").path("name").asText()).isEqualTo(name);
        assertThat(json.path("metadata").has("managedFields")).isFalse();
        String yaml = api.get("pods", "shop", name, "yaml", USER);
        assertThat(yaml).contains("kind: Pod", "name: " + name);
    }

    @Test
    void clusterScopedObjectsUseTheUnderscoreNamespace() {
        String node = TestCluster.get().client().nodes().list().getItems().get(0).getMetadata().getName();
        JsonNode json = Json.parse(api.get("nodes", "_", node, null, USER));
        assertThat(json.path("kind").asText()).isEqualTo("Node");
    }
}
