package io.k8sdashboard.server.push;

import static io.k8sdashboard.server.push.PushFixtures.ALICE;
import static io.k8sdashboard.server.push.PushFixtures.NODES;
import static io.k8sdashboard.server.push.PushFixtures.PODS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.k8sdashboard.plugin.api.DashboardException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionAuthorizerTest {

    private final PushFixtures.Rbac rbac = new PushFixtures.Rbac();
    private final SubscriptionAuthorizer authorizer = new SubscriptionAuthorizer(rbac, rbac);

    private int forbidden(Runnable call) {
        return catchThrowableOfType(call::run, DashboardException.class).status();
    }

    @Test
    void oneNamespaceNeedsListAndWatchThere() {
        rbac.allow("list", "pods", "team-a");
        assertThat(forbidden(() -> authorizer.authorize(ALICE, PODS, "team-a"))).isEqualTo(403);
        rbac.allow("watch", "pods", "team-a");
        assertThat(authorizer.authorize(ALICE, PODS, "team-a")).isEqualTo(NamespaceScope.of(Set.of("team-a")));
        assertThat(forbidden(() -> authorizer.authorize(ALICE, PODS, "team-b"))).isEqualTo(403);
    }

    @Test
    void allNamespacesAreTheNamespacesTheUserMayListAndWatch() {
        rbac.stream("pods", "team-a").stream("pods", "team-c").allow("list", "pods", "team-b");
        NamespaceScope scope = authorizer.authorize(ALICE, PODS, null);
        assertThat(scope.all()).isFalse();
        assertThat(scope.namespaces()).containsExactlyInAnyOrder("team-a", "team-c");
    }

    @Test
    void allNamespacesClusterWide() {
        rbac.stream("pods", "");
        assertThat(authorizer.authorize(ALICE, PODS, null)).isEqualTo(NamespaceScope.ALL);
    }

    @Test
    void noReadableNamespaceIsA403() {
        rbac.allow("list", "pods", "team-a");
        assertThat(forbidden(() -> authorizer.authorize(ALICE, PODS, null))).isEqualTo(403);
    }

    @Test
    void clusterScopedKindsNeedClusterWideListAndWatch() {
        rbac.allow("list", "nodes", "");
        assertThat(forbidden(() -> authorizer.authorize(ALICE, NODES, null))).isEqualTo(403);
        rbac.allow("watch", "nodes", "");
        assertThat(authorizer.authorize(ALICE, NODES, null)).isEqualTo(NamespaceScope.ALL);
    }
}
