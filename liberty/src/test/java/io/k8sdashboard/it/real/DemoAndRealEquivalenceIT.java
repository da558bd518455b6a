package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.it.Dashboard;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.TestCluster;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The same objects, stored once in the tests' mock API server and once in the real one, give the
 * same rows through the dashboard: the demo path and the real path agree. Only kinds no
 * controller rewrites are used, and creation times (which each server stamps) are left out.
 */
public class DemoAndRealEquivalenceIT {

    private static final String NAMESPACE = "equivalence";
    private static final String USER = "eve";
    private static final String OBJECTS = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: app-settings, namespace: equivalence, labels: {app: shop}}
            data: {LOG_LEVEL: info, FEATURE_FLAGS: "checkout,search"}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: api-key, namespace: equivalence}
            type: Opaque
            data: {key: bm90LWEtcmVhbC1rZXktMDQ1MQ==}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: builder, namespace: equivalence}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: shop-headless, namespace: equivalence}
            spec:
              type: ClusterIP
              clusterIP: None
              selector: {app: shop}
              ports: [{name: http, port: 80, targetPort: 8080, protocol: TCP}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: config-reader, namespace: equivalence}
            rules: [{apiGroups: [""], resources: [configmaps], verbs: [get, list, watch]}]
            """;

    @BeforeAll
    static void storeTheSameObjectsInBoth() {
        TestEnv env = TestEnv.require();
        RealDashboard.get();
        Dashboard.awaitReady();
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            apply(admin);
            // eve may administer the namespace, so she sees every kind in it (Secrets included).
            admin.rbac().roleBindings().inNamespace(NAMESPACE).resource(new RoleBindingBuilder()
                    .withNewMetadata().withName("eve-admin").withNamespace(NAMESPACE).endMetadata()
                    .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName("admin").endRoleRef()
                    .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(USER).endSubject()
                    .build()).serverSideApply();
        }
        apply(TestCluster.get().client());
    }

    private static void apply(KubernetesClient client) {
        if (client.namespaces().withName(NAMESPACE).get() == null) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
        }
        for (String document : OBJECTS.split("(?m)^---$")) {
            HasMetadata object = Serialization.unmarshal(document);
            if (client.resource(object).get() == null) {
                client.resource(object).create();
            } else {
                client.resource(object).patch(PatchContext.of(PatchType.JSON_MERGE));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"configmaps", "secrets", "serviceaccounts", "services", "roles.rbac.authorization.k8s.io"})
    void demoAndRealPathsGiveTheSameRows(String kind) {
        String path = "/api/v1/resources/" + kind + "?namespace=" + NAMESPACE;
        HttpResponse<String> demo = Dashboard.get(path, USER);
        HttpResponse<String> real = RealDashboard.get().get(path, USER);
        assertThat(demo.statusCode()).as(demo.body()).isEqualTo(200);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        List<String> demoRows = comparableRows(Json.parse(demo.body()));
        List<String> realRows = comparableRows(Json.parse(real.body()));
        // A real namespace may hold objects controllers add (the default ServiceAccount, the
        // root CA ConfigMap); the objects we stored must read the same in both.
        assertThat(demoRows).isNotEmpty();
        for (String row : demoRows) {
            if (!isControllerMade(row)) {
                assertThat(realRows).as("%s row in the real cluster", kind).contains(row);
            }
        }
    }

    private static boolean isControllerMade(String row) {
        return row.startsWith("default|") || row.startsWith("kube-root-ca.crt|");
    }

    /** Name, then every cell that is not a time (each server stamps its own), as text. */
    private static List<String> comparableRows(JsonNode table) {
        List<Integer> timeColumns = new ArrayList<>();
        for (int i = 0; i < table.path("columns").size(); i++) {
            JsonNode column = table.path("columns").get(i);
            if (column.path("type").asText().equalsIgnoreCase("date") || column.path("name").asText().equals("Created At")) {
                timeColumns.add(i);
            }
        }
        List<String> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            StringBuilder text = new StringBuilder(row.path("name").asText());
            for (int i = 0; i < row.path("cells").size(); i++) {
                if (!timeColumns.contains(i)) {
                    text.append('|').append(row.path("cells").get(i).asText());
                }
            }
            rows.add(text.toString());
        }
        return rows;
    }
}
