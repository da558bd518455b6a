package io.k8sdashboard.it.real;

import static io.k8sdashboard.it.LiveSocket.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.it.Json;
import io.k8sdashboard.it.LiveSocket;
import io.k8sdashboard.it.Problems;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * RBAC shapes beyond "one namespace" and "cluster-wide", on a real API server (issue 8):
 * <ul>
 * <li>dana may list pods and configmaps in team-a and team-b, not cluster-wide: her "all
 *     namespaces" lists, paged one row at a time (default order and sorted), and her all-namespaces
 *     {@code /ws} snapshot over more than one page hold exactly what the API server lists to her
 *     ({@code kubectl --as dana}, one namespace at a time);</li>
 * <li>erin may {@code get} one named ConfigMap ({@code resourceNames}) and list nothing: she opens
 *     it, and its neighbour is a 403 as the API server answers her.</li>
 * </ul>
 * The Roles, RoleBindings and ConfigMaps are created here (before the first request of these
 * users: the dashboard caches access decisions 30 s) and deleted afterwards.
 */
public class RealClusterPagingIT {

    private static final String DANA = "dana";
    private static final String ERIN = "erin";
    private static final List<String> DANAS_NAMESPACES = List.of("team-a", "team-b");
    private static final String READER = "it-paging-reader";
    private static final String ONE_CONFIGMAP = "it-paging-one-configmap";
    private static final String ALLOWED = "it-paging-erin-allowed";
    private static final String NEIGHBOUR = "it-paging-erin-neighbour";
    private static final String BULK_LABEL = "k8s-dashboard.io/it-paging";
    /** More than one /ws snapshot page (500 rows) in dana's namespaces, split so a page ends in team-b. */
    private static final int BULK_PER_NAMESPACE = 260;

    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : DANAS_NAMESPACES) {
                apply(admin, new RoleBuilder().withNewMetadata().withName(READER).withNamespace(ns).endMetadata()
                        .addNewRule().withApiGroups("").withResources("pods", "configmaps").withVerbs("get", "list", "watch").endRule()
                        .build());
                apply(admin, new RoleBindingBuilder().withNewMetadata().withName(READER).withNamespace(ns).endMetadata()
                        .withNewRoleRef("rbac.authorization.k8s.io", "Role", READER)
                        .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(DANA).endSubject()
                        .build());
                // Rows with different Data counts, so a sort by Data has ties and values across namespaces.
                for (int i = 0; i < 3; i++) {
                    apply(admin, configMap(ns, "it-paging-data-" + i, i, Map.of()));
                }
            }
            apply(admin, configMap("team-a", ALLOWED, 1, Map.of()));
            apply(admin, configMap("team-a", NEIGHBOUR, 1, Map.of()));
            apply(admin, new RoleBuilder().withNewMetadata().withName(ONE_CONFIGMAP).withNamespace("team-a").endMetadata()
                    .addNewRule().withApiGroups("").withResources("configmaps").withResourceNames(ALLOWED).withVerbs("get").endRule()
                    .build());
            apply(admin, new RoleBindingBuilder().withNewMetadata().withName(ONE_CONFIGMAP).withNamespace("team-a").endMetadata()
                    .withNewRoleRef("rbac.authorization.k8s.io", "Role", ONE_CONFIGMAP)
                    .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(ERIN).endSubject()
                    .build());
        }
    }

    @AfterAll
    static void down() {
        if (env == null) {
            return;
        }
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : DANAS_NAMESPACES) {
                admin.rbac().roleBindings().inNamespace(ns).withName(READER).delete();
                admin.rbac().roles().inNamespace(ns).withName(READER).delete();
                for (int i = 0; i < 3; i++) {
                    admin.configMaps().inNamespace(ns).withName("it-paging-data-" + i).delete();
                }
                admin.configMaps().inNamespace(ns).withLabel(BULK_LABEL).delete();
            }
            admin.rbac().roleBindings().inNamespace("team-a").withName(ONE_CONFIGMAP).delete();
            admin.rbac().roles().inNamespace("team-a").withName(ONE_CONFIGMAP).delete();
            admin.configMaps().inNamespace("team-a").withName(ALLOWED).delete();
            admin.configMaps().inNamespace("team-a").withName(NEIGHBOUR).delete();
        }
    }

    private static void apply(KubernetesClient admin, HasMetadata object) {
        admin.resource(object).serverSideApply();
    }

    private static io.fabric8.kubernetes.api.model.ConfigMap configMap(String ns, String name, int keys, Map<String, String> labels) {
        ConfigMapBuilder builder = new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(ns).withLabels(labels)
                .endMetadata();
        for (int k = 0; k < keys; k++) {
            builder.addToData("key-" + k, "value");
        }
        return builder.build();
    }

    /**
     * What {@code kubectl --as user get <kind> -n <ns>} lists, for every namespace where the API
     * server lets the user list: "namespace/name" keys, sorted.
     */
    private static List<String> listedByTheApiServerTo(String user, String kind) {
        List<String> keys = new ArrayList<>();
        try (KubernetesClient admin = env.clientAs("ADMIN"); KubernetesClient asUser = env.clientImpersonating(user)) {
            for (var namespace : admin.namespaces().list().getItems()) {
                String ns = namespace.getMetadata().getName();
                try {
                    var items = kind.equals("pods") ? asUser.pods().inNamespace(ns).list().getItems()
                            : asUser.configMaps().inNamespace(ns).list().getItems();
                    items.forEach(item -> keys.add(ns + "/" + item.getMetadata().getName()));
                } catch (KubernetesClientException e) {
                    assertThat(e.getCode()).as("listing " + kind + " in " + ns + " as " + user).isEqualTo(403);
                }
            }
        }
        keys.sort(null);
        return keys;
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

    /** Every row of an all-namespaces list, page by page with {@code limit}, following the continue token. */
    private static List<String> pageThrough(String kind, String query, int limit) {
        List<String> rows = new ArrayList<>();
        String next = "";
        int pages = 0;
        do {
            JsonNode page = ok(dashboard.get("/api/v1/resources/" + kind + "?limit=" + limit + query
                    + (next.isEmpty() ? "" : "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), DANA));
            assertThat(page.path("rows").size()).isLessThanOrEqualTo(limit);
            rows.addAll(keys(page));
            next = page.path("continue").isNull() ? "" : page.path("continue").asText("");
            pages++;
        } while (!next.isEmpty() && pages < 5000);
        return rows;
    }

    /** Waits until the dashboard's watch has caught up with what the API server lists to dana. */
    private static List<String> awaitDashboardListsAsTheApiServer(String kind) throws InterruptedException {
        List<String> expected = listedByTheApiServerTo(DANA, kind);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> listed;
        do {
            listed = new ArrayList<>(keys(ok(dashboard.get("/api/v1/resources/" + kind + "?limit=1000", DANA))));
            if (listed.equals(expected)) {
                return expected;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        assertThat(listed).as("the dashboard lists to dana what the API server lists to her").isEqualTo(expected);
        return expected;
    }

    @Test
    void danaIsNotAClusterWideReader() {
        try (KubernetesClient asDana = env.clientImpersonating(DANA)) {
            assertThatThrownBy(() -> asDana.pods().inAnyNamespace().list())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        }
    }

    @Test
    void danaPagesHerAllNamespacesListsOneRowAtATimeAndGetsExactlyWhatTheApiServerListsHer() throws Exception {
        for (String kind : List.of("pods", "configmaps")) {
            List<String> expected = awaitDashboardListsAsTheApiServer(kind);
            assertThat(new TreeSet<>(expected.stream().map(k -> k.substring(0, k.indexOf('/'))).toList()))
                    .as(kind + " in both of dana's namespaces").containsExactlyElementsOf(DANAS_NAMESPACES);

            assertThat(pageThrough(kind, "", 1)).as(kind + " in the default order").isEqualTo(expected);
            String sort = kind.equals("pods") ? "Status" : "Data";
            for (String order : List.of("asc", "desc")) {
                String query = "&sort=" + sort + "&order=" + order;
                List<String> unpaged = keys(ok(dashboard.get("/api/v1/resources/" + kind + "?limit=1000" + query, DANA)));
                List<String> paged = pageThrough(kind, query, 1);
                assertThat(paged).as(kind + " sorted by " + sort + " " + order).isEqualTo(unpaged)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void aForgedContinueTokenIsA400NamingContinue() {
        String base = "/api/v1/resources/pods?limit=1&continue=";
        List<String> forged = List.of("rm1.garbage!", "rm1." + encode("[\"\",false,null,42]"),
                "rm1." + encode("[\"\",false,null,\"no-separator\"]"), "rm1." + encode("{\"key\":\"team-a\"}"),
                "ns1." + encode("team-a\nforged"), "not-a-token");
        for (String token : forged) {
            JsonNode problem = Problems.assertProblem(
                    dashboard.get(base + URLEncoder.encode(token, StandardCharsets.UTF_8), DANA), 400);
            assertThat(problem.path("field").asText()).as(token).isEqualTo("continue");
        }
        // Well formed but pointing at another user's namespace: it only positions the page.
        String elsewhere = "rm1." + encode("[\"\",false,null,\"kube-system\\u0000x\"]");
        assertThat(dashboard.get(base + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8), DANA).statusCode()).isEqualTo(200);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void danasAllNamespacesSubscriptionStreamsASnapshotOfMoreThanOnePage() throws Exception {
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            for (String ns : DANAS_NAMESPACES) {
                for (int i = 0; i < BULK_PER_NAMESPACE; i++) {
                    apply(admin, configMap(ns, String.format("it-paging-bulk-%03d", i), 1, Map.of(BULK_LABEL, "true")));
                }
            }
        }
        List<String> expected = awaitDashboardListsAsTheApiServer("configmaps");
        assertThat(expected.size()).as("more than one snapshot page").isGreaterThan(500);

        List<String> streamed = new ArrayList<>();
        int pages = 0;
        try (LiveSocket dana = LiveSocket.open(dashboard.base(), DANA)) {
            dana.subscribe("all", "configmaps", null);
            boolean last = false;
            while (!last) {
                JsonNode page = dana.await("a snapshot page", m -> message("snapshot", "all").test(m) || message("error", "all").test(m),
                        Duration.ofSeconds(30));
                assertThat(page.path("type").asText()).as(page.toString()).isEqualTo("snapshot");
                page.path("rows").forEach(row -> streamed.add(row.path("namespace").asText() + "/" + row.path("name").asText()));
                last = page.path("last").asBoolean();
                pages++;
            }
            assertThat(dana.isClosed()).isFalse();
        } finally {
            try (KubernetesClient admin = env.clientAs("ADMIN")) {
                for (String ns : DANAS_NAMESPACES) {
                    admin.configMaps().inNamespace(ns).withLabel(BULK_LABEL).delete();
                }
            }
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(streamed).isEqualTo(expected);
    }

    @Test
    void erinOpensTheOneConfigMapSheMayGetAndHerNeighbourIsForbidden() {
        try (KubernetesClient asErin = env.clientImpersonating(ERIN)) {
            assertThat(asErin.configMaps().inNamespace("team-a").withName(ALLOWED).get()).isNotNull();
            assertThatThrownBy(() -> asErin.configMaps().inNamespace("team-a").withName(NEIGHBOUR).get())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
            assertThatThrownBy(() -> asErin.configMaps().inNamespace("team-a").list())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        }
        JsonNode allowed = ok(dashboard.get("/api/v1/resources/configmaps/team-a/" + ALLOWED, ERIN));
        assertThat(allowed.path("metadata").path("name").asText()).isEqualTo(ALLOWED);
        assertThat(allowed.path("data").path("key-0").asText()).isEqualTo("value");
        Problems.assertProblem(dashboard.get("/api/v1/resources/configmaps/team-a/" + NEIGHBOUR, ERIN), 403);
        Problems.assertProblem(dashboard.get("/api/v1/resources/configmaps?namespace=team-a", ERIN), 403);
    }
}
