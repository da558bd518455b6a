package io.k8sdashboard.server.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KubernetesClientsTest {

    static MockCluster mock;
    static KubernetesClients clients;

    @BeforeAll
    static void start() {
        mock = MockCluster.empty(ApiCallCounter.NONE);
        clients = new KubernetesClients(mock.connection());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @AfterEach
    void unbind() {
        CurrentUser.clear();
    }

    private static RecordedRequest lastRequestOf(Runnable call) throws InterruptedException {
        call.run();
        return mock.server().getLastRequest();
    }

    private static void bind(String name, boolean impersonate, String... groups) {
        CurrentUser.bind(new RequestIdentity(new UserIdentity(name, name + "@example.com", List.of(groups)), impersonate));
    }

    @Test
    void userRequestsCarryImpersonationHeaders() throws Exception {
        bind("alice", true, "dev", "ops");
        RecordedRequest request = lastRequestOf(() -> clients.forCurrentUser().namespaces().list());
        assertThat(request.getHeader("Impersonate-User")).isEqualTo("alice");
        assertThat(request.getHeaders().headers("Impersonate-Group")).containsExactlyInAnyOrder("dev", "ops");
    }

    @Test
    void derivedClientsDoNotLeakIntoEachOtherOrIntoSystem() throws Exception {
        bind("alice", true, "dev");
        KubernetesClient alice = clients.forCurrentUser();
        bind("bob", true, "qa");
        KubernetesClient bob = clients.forCurrentUser();

        assertThat(lastRequestOf(() -> alice.pods().inNamespace("default").list()).getHeader("Impersonate-User")).isEqualTo("alice");
        RecordedRequest bobs = lastRequestOf(() -> bob.pods().inNamespace("default").list());
        assertThat(bobs.getHeader("Impersonate-User")).isEqualTo("bob");
        assertThat(bobs.getHeaders().headers("Impersonate-Group")).containsExactly("qa");
        RecordedRequest system = lastRequestOf(() -> clients.system().pods().inNamespace("default").list());
        assertThat(system.getHeader("Impersonate-User")).isNull();
        assertThat(system.getHeaders().headers("Impersonate-Group")).isEmpty();
    }

    @Test
    void localModeUsesTheDashboardsOwnCredentials() throws Exception {
        bind("local-user", false);
        assertThat(clients.forCurrentUser()).isSameAs(clients.system());
        assertThat(lastRequestOf(() -> clients.forCurrentUser().namespaces().list()).getHeader("Impersonate-User")).isNull();
    }

    @Test
    void systemUserNamesAreRefused() {
        bind("system:serviceaccount:kube-system:default", true);
        assertThatThrownBy(() -> clients.forCurrentUser())
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void systemGroupsAreDropped() throws Exception {
        bind("mallory", true, "system:masters", "dev");
        RecordedRequest request = lastRequestOf(() -> clients.forCurrentUser().namespaces().list());
        assertThat(request.getHeaders().headers("Impersonate-Group")).containsExactly("dev");
    }

    @Test
    void noBoundUserFailsClosedWith401() {
        assertThatThrownBy(() -> clients.forCurrentUser())
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void theSharedClientSurvivesManyDerivedClients() {
        bind("alice", true);
        for (int i = 0; i < 20; i++) {
            clients.forCurrentUser().namespaces().list();
        }
        // Derived clients are never closed; the shared HTTP client must still be usable.
        assertThat(clients.system().namespaces().list()).isNotNull();
    }
}
