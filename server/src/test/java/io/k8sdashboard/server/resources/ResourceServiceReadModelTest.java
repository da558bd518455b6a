package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kube.DemoClusterSeeder;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import io.k8sdashboard.server.readmodel.MutableClock;
import io.k8sdashboard.server.readmodel.SharedReadModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists served from the shared read model after the user's right is checked. */
class ResourceServiceReadModelTest {

    static MockCluster mock;
    static KindRegistry registry;
    static KubernetesClients clients;
    SharedReadModel model;

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        clients = new KubernetesClients(mock.connection());
        registry = new KindRegistry(
                () -> List.of(RegisteredKind.of(ResourceServiceTest.PODS, RegisteredKind.PLUGIN),
                        RegisteredKind.of(ResourceServiceTest.SECRETS, RegisteredKind.PLUGIN),
                        RegisteredKind.of(ResourceServiceTest.NODES, RegisteredKind.PLUGIN)),
                () -> mock.client().apiextensions().v1().customResourceDefinitions().list().getItems());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void signIn() {
        model = new SharedReadModel(clients, new MutableClock(), Duration.ofMinutes(10), Duration.ofSeconds(10));
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
        model.shutdown();
    }

    ResourceService serviceFor(FakeReviewer reviewer) {
        return new ResourceService(registry, clients, new ReadableNamespaces(reviewer, clients), model);
    }

    static List<String> keys(ResourceTable table) {
        return table.rows().stream().map(r -> r.namespace() + "/" + r.name()).toList();
    }

    static List<String> expectedPods(String labelSelector, String... namespaces) {
        return Stream.of(namespaces).flatMap(ns -> (labelSelector == null ? mock.client().pods().inNamespace(ns)
                        : mock.client().pods().inNamespace(ns).withLabelSelector(labelSelector)).list().getItems().stream())
                .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName())
                .sorted().toList();
    }

    /** The requests the mock received since the last call (waiting briefly for stragglers). */
    static List<String> drain() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        RecordedRequest request;
        while ((request = mock.server().takeRequest(200, TimeUnit.MILLISECONDS)) != null) {
            paths.add(request.getMethod() + " " + request.getPath() + " as " + request.getHeader("Impersonate-User"));
        }
        return paths;
    }

    static boolean podList(String request) {
        return request.startsWith("GET ") && request.contains("/pods") && !request.contains("watch=true");
    }

    @Test
    void aWarmListCostsNoApiRequestAndHoldsOnlyReadableNamespaces() throws InterruptedException {
        ResourceService service = serviceFor(ResourceServiceFanOutTest.podsIn("shop", "team-a"));
        List<String> expected = expectedPods(null, "shop", "team-a");
        List<String> expectedTeamA = expectedPods(null, "team-a");
        drain();
        ResourceTable cold = service.list("pods", null, null, null, null);
        List<String> coldRequests = drain();
        assertThat(keys(cold)).isNotEmpty().isSorted().containsExactlyElementsOf(expected);
        assertThat(coldRequests).as("the informer's one LIST, without impersonation").filteredOn(r -> podList(r))
                .singleElement().satisfies(r -> assertThat(r).startsWith("GET /api/v1/pods").endsWith(" as null"));

        ResourceTable warm = service.list("pods", null, null, null, null);
        assertThat(keys(warm)).containsExactlyElementsOf(keys(cold));
        assertThat(keys(service.list("pods", "team-a", null, null, null))).containsExactlyElementsOf(expectedTeamA);
        assertThat(drain()).as("requests of two warm lists (ReadableNamespaces' namespace list aside)")
                .allMatch(r -> r.startsWith("GET /api/v1/namespaces ") || r.startsWith("GET /api/v1/namespaces?"));
    }

    @Test
    void aRefusedUserGets403AndStartsNoInformer() {
        ResourceService service = serviceFor(ResourceServiceFanOutTest.podsIn("team-a"));
        assertThatThrownBy(() -> service.list("pods", "team-b", null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> serviceFor(new FakeReviewer()).list("pods", null, null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> serviceFor(new FakeReviewer()).list("nodes", null, null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(model.synced(ResourceServiceTest.PODS.kind())).isFalse();
        assertThat(model.synced(ResourceServiceTest.NODES.kind())).isFalse();
    }

    @Test
    void theLabelSelectorMatchesWhatTheApiServerWouldList() {
        ResourceService service = serviceFor(new FakeReviewer().allow("list", "", "pods", ""));
        // Expected sets computed here with the API server's documented semantics (the mock's own
        // selector support is not the reference).
        Map<String, Predicate<Map<String, String>>> semantics = new LinkedHashMap<>();
        semantics.put("app=frontend", l -> "frontend".equals(l.get("app")));
        semantics.put("app!=frontend", l -> !"frontend".equals(l.get("app")));
        semantics.put("app in (frontend,api)", l -> "frontend".equals(l.get("app")) || "api".equals(l.get("app")));
        semantics.put("app notin (frontend)", l -> !"frontend".equals(l.get("app")));
        semantics.put("app", l -> l.containsKey("app"));
        semantics.put("!app", l -> !l.containsKey("app"));
        List<Pod> pods = mock.client().pods().inAnyNamespace().list().getItems();
        semantics.forEach((selector, predicate) -> {
            List<String> expected = pods.stream()
                    .filter(p -> predicate.test(p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels()))
                    .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).sorted().toList();
            assertThat(keys(service.list("pods", null, selector, null, null))).as(selector).containsExactlyElementsOf(expected);
        });
        assertThat(keys(service.list("pods", null, "app=frontend", null, null))).isNotEmpty();
        assertThat(keys(service.list("pods", null, "app!=frontend", null, null))).isNotEmpty();
    }

    @Test
    void pagesWalkTheCacheWithAKeyToken() {
        ResourceService service = serviceFor(new FakeReviewer().allow("list", "", "pods", ""));
        List<String> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResourceTable page = service.list("pods", null, null, "2", token);
            assertThat(page.rows()).hasSizeLessThanOrEqualTo(2);
            all.addAll(keys(page));
            token = page.continueToken();
            pages++;
            assertThat(pages).isLessThan(100);
        } while (token != null);
        assertThat(pages).isGreaterThan(1);
        assertThat(all).isSorted().doesNotHaveDuplicates()
                .containsExactlyElementsOf(expectedPods(null, "default", "kube-system", "shop", "team-a", "team-b"));
        assertThatThrownBy(() -> service.list("pods", null, null, "2", "garbage")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void secretsBypassTheCacheAndAreListedAsTheUser() throws InterruptedException {
        ResourceService service = serviceFor(new FakeReviewer().allow("list", "", "secrets", ""));
        drain();
        ResourceTable table = service.list("secrets", DemoClusterSeeder.SECRET_NAMESPACE, null, null, null);
        assertThat(keys(table)).contains(DemoClusterSeeder.SECRET_NAMESPACE + "/" + DemoClusterSeeder.SECRET_NAME);
        assertThat(drain()).as("one impersonated LIST").singleElement().satisfies(r -> assertThat(r)
                .startsWith("GET /api/v1/namespaces/" + DemoClusterSeeder.SECRET_NAMESPACE + "/secrets").endsWith(" as alice"));
        assertThat(model.synced(ResourceServiceTest.SECRETS.kind())).isFalse();
    }

    @Test
    void strictModeListsAsTheUser() throws InterruptedException {
        ResourceService strict = new ResourceService(registry, clients,
                new ReadableNamespaces(new FakeReviewer().allow("list", "", "pods", ""), clients), null);
        List<String> expected = expectedPods(null, "team-a");
        drain();
        assertThat(keys(strict.list("pods", "team-a", null, null, null))).containsExactlyElementsOf(expected);
        assertThat(drain()).singleElement().satisfies(r -> assertThat(r).startsWith("GET /api/v1/namespaces/team-a/pods").endsWith(" as alice"));
    }

    @Test
    void pluginListsComeFromTheCacheToo() {
        ResourceService service = serviceFor(new FakeReviewer().allow("list", "", "pods", "team-a"));
        List<Map<String, Object>> trees = service.listTrees("pods", "team-a", null);
        assertThat(trees).hasSize(expectedPods(null, "team-a").size());
        assertThat(model.synced(ResourceServiceTest.PODS.kind())).isTrue();
    }
}
