package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import java.util.List;
import java.util.logging.Logger;

/**
 * Derives a client that impersonates one user from the shared client. The derived client carries
 * its own {@link RequestConfig} (Impersonate-User / Impersonate-Group on each of its requests);
 * the shared client's configuration is never touched, so concurrent users cannot leak into each
 * other's requests.
 *
 * <p>Derived clients share the shared client's HTTP client and executor: closing one would
 * close those for everybody, so they are never closed (they hold no resources of their own).
 */
public final class Impersonation {

    private static final Logger LOG = Logger.getLogger(Impersonation.class.getName());
    private static final String SYSTEM_PREFIX = "system:";

    private Impersonation() {
    }

    /**
     * A client acting as {@code user}.
     *
     * @throws DashboardException 403 for names the proxy must never be able to claim
     *         ({@code system:*}, i.e. service accounts, nodes, the API server's own identities)
     */
    public static KubernetesClient as(KubernetesClient shared, UserIdentity user) {
        String name = user.name().trim();
        if (name.isEmpty()) {
            throw new DashboardException(401, "unauthenticated", "Not signed in", "The signed-in user has no name");
        }
        if (name.startsWith(SYSTEM_PREFIX)) {
            LOG.warning(() -> "Refused to impersonate reserved user name " + name);
            throw new DashboardException(403, "impersonation-refused", "Forbidden",
                    "User names starting with 'system:' cannot use the dashboard");
        }
        RequestConfig requestConfig = new RequestConfigBuilder(shared.getConfiguration().getRequestConfig())
                .withImpersonateUsername(name)
                .withImpersonateGroups(groups(user).toArray(String[]::new))
                .build();
        return shared.newClient(requestConfig).adapt(KubernetesClient.class);
    }

    /**
     * The groups to impersonate. {@code system:*} groups (system:masters is cluster-admin) are
     * dropped: an identity provider group must never grant a Kubernetes-internal group. Dropping
     * only ever removes rights, so the request still proceeds.
     */
    static List<String> groups(UserIdentity user) {
        return user.groups().stream()
                .map(String::trim)
                .filter(g -> !g.isEmpty())
                .filter(g -> {
                    boolean reserved = g.startsWith(SYSTEM_PREFIX);
                    if (reserved) {
                        LOG.warning(() -> "Dropped reserved group " + g + " of user " + user.name());
                    }
                    return !reserved;
                })
                .distinct()
                .toList();
    }
}
