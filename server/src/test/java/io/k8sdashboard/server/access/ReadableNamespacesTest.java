package io.k8sdashboard.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kube.DemoClusterSeeder;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadableNamespacesTest {

    static final UserIdentity ALICE = new UserIdentity("alice", null, List.of("team-a"));
    static MockCluster mock;
    static KubernetesClients clients;

    @BeforeAll
    static void start() {
        mock = MockCluster.seeded();
        clients = new KubernetesClients(mock.connection());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void signIn() {
        CurrentUser.bind(new CurrentUser.RequestIdentity(ALICE, true));
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
    }

    @Test
    void aClusterWideRightMeansAllWithoutListingNamespaces() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "pods", "");
        ReadableNamespaces.Scope scope = new ReadableNamespaces(reviewer, clients).forList(ALICE, "", "pods");
        assertThat(scope.all()).isTrue();
        assertThat(reviewer.asked).containsExactly("list /pods ");
    }

    @Test
    void aNamespaceScopedUserGetsTheNamespacesSheMayListIn() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "pods", "team-a").allow("list", "", "pods", "shop")
                .allow("list", "apps", "deployments", "team-b");
        ReadableNamespaces readable = new ReadableNamespaces(reviewer, clients);
        assertThat(readable.forList(ALICE, "", "pods")).isEqualTo(new ReadableNamespaces.Scope(false, List.of("shop", "team-a")));
        assertThat(readable.forList(ALICE, "apps", "deployments").namespaces()).containsExactly("team-b");
        assertThat(readable.forList(ALICE, "", "configmaps")).isEqualTo(new ReadableNamespaces.Scope(false, List.of()));
        // Every namespace of the cluster was considered, though alice may not list namespaces.
        assertThat(reviewer.asked).contains("list /namespaces ")
                .containsAll(DemoClusterSeeder.NAMESPACES.stream().map(ns -> "list /configmaps " + ns).toList());
    }

    @Test
    void namespacesOfferedAreThoseWithPodsOrTheNamespaceReadable() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "pods", "team-a").allow("get", "", "namespaces", "shop");
        List<String> names = new ReadableNamespaces(reviewer, clients).visible(ALICE).stream()
                .map(ns -> ns.getMetadata().getName()).toList();
        assertThat(names).containsExactly("shop", "team-a");
    }

    @Test
    void aUserWhoMayListNamespacesIsOfferedThemAll() {
        FakeReviewer reviewer = new FakeReviewer().allow("list", "", "namespaces", "");
        List<String> names = new ReadableNamespaces(reviewer, clients).visible(ALICE).stream()
                .map(ns -> ns.getMetadata().getName()).toList();
        assertThat(names).containsExactlyElementsOf(DemoClusterSeeder.NAMESPACES.stream().sorted().toList());
    }

    @Test
    void aUserWhoMayReadNothingIsOfferedNothing() {
        assertThat(new ReadableNamespaces(new FakeReviewer(), clients).visible(ALICE)).isEmpty();
    }
}
