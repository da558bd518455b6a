package io.k8sdashboard.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "All namespaces" for a user who may list a kind in some namespaces only. */
class ResourceServiceFanOutTest {

    static MockCluster mock;
    static KindRegistry registry;
    static KubernetesClients clients;

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        clients = new KubernetesClients(mock.connection());
        registry = new KindRegistry(
                () -> List.of(RegisteredKind.of(ResourceServiceTest.PODS, RegisteredKind.PLUGIN),
                        RegisteredKind.of(ResourceServiceTest.NODES, RegisteredKind.PLUGIN)),
                () -> mock.client().apiextensions().v1().customResourceDefinitions().list().getItems());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void signIn() {
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
    }

    static ResourceService serviceFor(FakeReviewer reviewer) {
        return new ResourceService(registry, clients, new ReadableNamespaces(reviewer, clients));
    }

    static FakeReviewer podsIn(String... namespaces) {
        FakeReviewer reviewer = new FakeReviewer();
        for (String ns : namespaces) {
            reviewer.allow("list", "", "pods", ns);
        }
        return reviewer;
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

    @Test
    void allNamespacesMeansTheReadableOnesMergedInOrder() {
        ResourceTable table = serviceFor(podsIn("team-b", "shop")).list("pods", null, null, null, null);
        assertThat(keys(table)).isNotEmpty().isSorted().containsExactlyElementsOf(expectedPods(null, "shop", "team-b"));
        assertThat(table.continueToken()).isNull();
    }

    @Test
    void theLabelSelectorAppliesInEveryNamespace() {
        ResourceTable table = serviceFor(podsIn("shop", "team-a")).list("pods", null, "app=frontend", null, null);
        assertThat(keys(table)).isNotEmpty().allMatch(k -> k.startsWith("team-a/frontend-"))
                .containsExactlyElementsOf(expectedPods("app=frontend", "shop", "team-a"));
    }

    @Test
    void aClusterWideRightListsOnceAsBefore() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "pods", "");
        ResourceTable table = serviceFor(reviewer).list("pods", null, null, null, null);
        assertThat(keys(table)).containsExactlyElementsOf(expectedPods(null, "default", "kube-system", "shop", "team-a", "team-b"));
        assertThat(reviewer.asked).containsExactly("list /pods ");
    }

    @Test
    void pagesWalkTheNamespacesWithACompositeToken() {
        ResourceService service = serviceFor(podsIn("shop", "team-a", "team-b"));
        List<String> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ResourceTable page = service.list("pods", null, null, "2", token);
            assertThat(page.resourceVersion()).isNull();
            all.addAll(keys(page));
            token = page.continueToken();
            pages++;
            assertThat(pages).isLessThan(50);
        } while (token != null);
        assertThat(pages).isGreaterThan(1);
        assertThat(all).isSorted().doesNotHaveDuplicates().containsExactlyElementsOf(expectedPods(null, "shop", "team-a", "team-b"));
    }

    @Test
    void aTokenResumesAtItsNamespaceEvenIfThatOneIsNoLongerReadable() {
        String token = new FanOutToken("team-a", null).encode();
        ResourceTable page = serviceFor(podsIn("shop", "team-b")).list("pods", null, null, null, token);
        assertThat(keys(page)).containsExactlyElementsOf(expectedPods(null, "team-b"));
        assertThat(FanOutToken.parse(new FanOutToken("shop", "abc").encode()))
                .isEqualTo(new FanOutToken("shop", "abc"));
    }

    @Test
    void aForeignOrBrokenTokenIsA400OnTheContinueParameter() {
        ResourceService service = serviceFor(podsIn("team-a"));
        for (String bad : List.of("eyJhbGciOi-not-ours", "ns1.!!!", "ns1." + java.util.Base64.getUrlEncoder().encodeToString("Bad_NS\nx".getBytes()))) {
            assertThatThrownBy(() -> service.list("pods", null, null, null, bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continue"));
        }
    }

    @Test
    void noReadableNamespaceIsAnHonest403NotAnEmptyList() {
        assertThatThrownBy(() -> serviceFor(new FakeReviewer()).list("pods", null, null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("alice").contains("pods");
                });
    }

    @Test
    void aNamedNamespaceAndClusterScopedKindsAskNothing() {
        FakeReviewer reviewer = new FakeReviewer();
        ResourceService service = serviceFor(reviewer);
        assertThat(keys(service.list("pods", "team-a", null, null, null))).containsExactlyElementsOf(expectedPods(null, "team-a"));
        assertThat(service.list("nodes", null, null, null, null).rows()).hasSize(3);
        assertThat(reviewer.asked).isEmpty();
    }

    @Test
    void pluginReadersSeeTheSameNamespaces() {
        List<Map<String, Object>> trees = serviceFor(podsIn("team-a")).listTrees("pods", null, null);
        assertThat(trees).isNotEmpty().allSatisfy(t -> assertThat(((Map<?, ?>) t.get("metadata")).get("namespace")).isEqualTo("team-a"));
    }
}
