package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.List;
import java.util.Set;

/**
 * The right to be served shared data (the read model, read with the dashboard's identity):
 * checked for the current user with SelfSubjectAccessReviews before any of it is served, as the
 * API server would check the user's own request.
 */
final class SharedReadAccess {

    private final AccessReviewer reviewer;
    private final ApiServerReads apiServer;

    SharedReadAccess(AccessReviewer reviewer, ApiServerReads apiServer) {
        this.reviewer = reviewer;
        this.apiServer = apiServer;
    }

    /**
     * The namespaces whose objects the current user may list: {@code null} for all of them (or a
     * cluster-scoped kind).
     *
     * @throws DashboardException 403 when the user may not
     */
    Set<String> namespaces(RegisteredKind kind, String namespace) {
        var user = CurrentUser.require().user();
        KindDescriptor d = kind.descriptor();
        if (!d.namespaced() || namespace != null) {
            String where = d.namespaced() ? namespace : "";
            if (!reviewer.allowed(user, "list", d.group(), d.plural(), where)) {
                throw forbidden(user.name(), "list", kind, d.namespaced() ? namespace : null, null);
            }
            return d.namespaced() ? Set.of(namespace) : null;
        }
        List<String> fanOut = apiServer.fanOutNamespaces(kind, null);
        return fanOut == null ? null : Set.copyOf(fanOut);
    }

    /**
     * Checks that the current user may get one object: asked with its name, as the API server
     * would for a GET (RBAC may allow named objects only).
     *
     * @throws DashboardException 403 when the user may not
     */
    void checkGet(RegisteredKind kind, String namespace, String name) {
        var user = CurrentUser.require().user();
        KindDescriptor d = kind.descriptor();
        if (!reviewer.allowed(user, "get", d.group(), d.plural(), d.namespaced() ? namespace : "", name)) {
            throw forbidden(user.name(), "get", kind, d.namespaced() ? namespace : null, name);
        }
    }

    private static DashboardException forbidden(String user, String verb, RegisteredKind kind, String namespace, String name) {
        return new DashboardException(403, "forbidden", "Forbidden", "User \"" + user + "\" may not " + verb + " "
                + kind.resourceName() + (name == null ? "" : " \"" + name + "\"")
                + (namespace != null ? " in namespace \"" + namespace + "\"" : " at the cluster scope"));
    }
}
