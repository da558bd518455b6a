package io.k8sdashboard.server.readmodel;

import static io.k8sdashboard.server.readmodel.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.ApiCall;
import io.k8sdashboard.server.kube.ApiCallCounter;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import io.k8sdashboard.server.resources.ResourceService;
import io.k8sdashboard.server.resources.ResourceTable;
import io.k8sdashboard.server.resources.TableView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists and gets served from the read model: the user's right is checked first (and decides what
 * is shown), and a warm read makes no API-server request. The mock API server only counts requests
 * here; the watch is driven by hand.
 */
class ResourceServiceReadModelTest {

    private final List<ApiCall> apiCalls = new CopyOnWriteArrayList<>();
    private final ApiCallCounter counter = (call, code) -> apiCalls.add(call);
    private final Fixtures.HandWatch watch = new Fixtures.HandWatch();
    private final FakeReviewer alice = new FakeReviewer();
    private MockCluster mock;
    private ResourceService service;

    @BeforeEach
    void setUp() {
        mock = MockCluster.empty(counter);
        mock.client().namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata().withName("team-a").endMetadata().build()).create();
        mock.client().namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata().withName("team-b").endMetadata().build()).create();
        watch.initial = List.of(pod("team-a", "web", 1, "Running", Map.of("app", "web")),
                pod("team-a", "api", 2, "Pending", Map.of("app", "api")),
                pod("team-b", "secret-project", 3, "Running", Map.of("app", "web")));
        ReadModel model = new ReadModel(watch, Clock.systemUTC(), Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofSeconds(60));
        KindRegistry registry = new KindRegistry(() -> List.of(Fixtures.PODS), List::of);
        service = new ResourceService(registry, new KubernetesClients(mock.connection()), alice, model);
        alice.allow("list", "", "pods", "team-a").allow("get", "", "pods", "team-a");
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void tearDown() {
        CurrentUser.clear();
        mock.close();
    }

    private static List<String> names(ResourceTable table) {
        return table.rows().stream().map(r -> r.namespace() + "/" + r.name()).toList();
    }

    @Test
    void allNamespacesMeansTheNamespacesTheUserMayRead() {
        assertThat(names(service.list("pods", null, null, null, null))).containsExactly("team-a/api", "team-a/web");
    }

    @Test
    void aForbiddenNamespaceIsRefusedBeforeAnyWatchStarts() {
        assertThatThrownBy(() -> service.list("pods", "team-b", null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> service.get("pods", "team-b", "secret-project"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(watch.started).isEmpty();
    }

    /** RBAC's resourceNames: a user may get one named object without the right to list, or to get the others. */
    @Test
    void aGetAllowedForOneNameOpensThatObjectAndNotItsNeighbour() {
        watch.initial = List.of(pod("team-b", "secret-project", 3, "Running", Map.of()), pod("team-b", "neighbour", 4, "Running", Map.of()));
        alice.allowNamed("get", "", "pods", "team-b", "secret-project");

        assertThat(service.get("pods", "team-b", "secret-project")).extracting("metadata").extracting("name")
                .isEqualTo("secret-project");
        assertThatThrownBy(() -> service.get("pods", "team-b", "neighbour"))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> service.list("pods", "team-b", null, null, null))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void warmListsAndGetsMakeNoApiServerRequest() {
        service.list("pods", "team-a", null, null, null);
        apiCalls.clear();

        ResourceTable table = service.list("pods", "team-a", "app=web", null, null);
        Map<String, Object> pod = service.get("pods", "team-a", "api");

        assertThat(names(table)).containsExactly("team-a/web");
        assertThat(pod).extracting("metadata").extracting("name").isEqualTo("api");
        assertThat(apiCalls).isEmpty();
    }

    @Test
    void filterSortAndOrderAreServedAndChecked() {
        ResourceTable byStatus = service.list("pods", "team-a", null, new TableView(null, "Status", "desc"), null, null);
        assertThat(names(byStatus)).containsExactly("team-a/web", "team-a/api");
        ResourceTable filtered = service.list("pods", null, null, new TableView("WE", null, null), null, null);
        assertThat(names(filtered)).containsExactly("team-a/web");
        assertThatThrownBy(() -> service.list("pods", "team-a", null, new TableView(null, "Colour", null), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sort"));
        assertThatThrownBy(() -> service.list("pods", "team-a", null, new TableView(null, null, "sideways"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("order"));
    }

    @Test
    void aChangeIsInTheNextList() {
        service.list("pods", "team-a", null, null, null);
        watch.handler.remove(pod("team-a", "web", 4, "Running", Map.of()));
        assertThat(names(service.list("pods", "team-a", null, null, null))).containsExactly("team-a/api");
    }

    @Test
    void strictModeReadsFromTheApiServerAsTheUser() {
        ResourceService strict = new ResourceService(new KindRegistry(() -> List.of(Fixtures.PODS), List::of),
                new KubernetesClients(mock.connection()), alice, null);
        ResourceTable table = strict.list("pods", "team-a", null, new TableView(null, "Status", null), null, null);
        assertThat(table.rows()).isEmpty(); // the mock cluster holds no pods: it was asked, not the model
        assertThat(apiCalls).extracting(ApiCall::resource).contains("pods");
        assertThat(watch.started).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatAReaderGetsIsItsOwnCopyNotTheSharedObject() {
        Map<String, Object> first = service.get("pods", "team-a", "web");
        ((Map<String, Object>) first.get("status")).put("phase", "Tampered");
        service.listTrees("pods", "team-a", null).forEach(tree -> ((Map<String, Object>) tree.get("status")).clear());

        Map<String, Object> again = service.get("pods", "team-a", "web");
        assertThat(again).extracting("status").extracting("phase").isEqualTo("Running");
    }
}
