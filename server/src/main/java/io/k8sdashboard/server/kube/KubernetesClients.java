package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.server.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands out Kubernetes clients: the dashboard's own ({@link #system()}) for discovery, readiness
 * and the shared read model, and the current user's ({@link #forCurrentUser()}) for everything
 * done on a user's behalf. Callers must not close what they get.
 */
@ApplicationScoped
public class KubernetesClients {

    @Inject
    ClusterConnection connection;

    /** For CDI. */
    public KubernetesClients() {
    }

    /** For tests. */
    public KubernetesClients(ClusterConnection connection) {
        this.connection = connection;
    }

    /** The dashboard's own credentials. Never use it to serve a user's uncached read or any write. */
    public KubernetesClient system() {
        return connection.client();
    }

    /**
     * A client acting for the current request's user: impersonating in proxy mode, the
     * dashboard's own in local mode.
     *
     * @throws io.k8sdashboard.plugin.api.DashboardException 401 with no signed-in user (fail
     *         closed), 403 for a {@code system:} user name, 503 with no cluster
     */
    public KubernetesClient forCurrentUser() {
        CurrentUser.RequestIdentity identity = CurrentUser.require();
        if (!identity.impersonate()) {
            return system();
        }
        return Impersonation.as(system(), identity.user());
    }
}
