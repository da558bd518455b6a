package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.List;

/**
 * Which namespaces of a kind a user may stream: {@code list} AND {@code watch} must be allowed
 * (a stream is a list followed by a watch). In one namespace: both there. "All namespaces" of a
 * namespaced kind: every namespace if both are allowed cluster-wide, else the namespaces where
 * the user may list ({@link ReadableNamespaces}) and also watch. Cluster-scoped kinds: both
 * cluster-wide. Nothing allowed is a 403. Must run with the user bound to the thread: reviews are
 * made with the current user's client.
 */
final class SubscriptionAuthorizer {

    /** Where a user may list a kind ({@link ReadableNamespaces#forList}); a seam for tests. */
    @FunctionalInterface
    interface ListableNamespaces {
        ReadableNamespaces.Scope forList(UserIdentity user, String group, String resource);
    }

    private final AccessReviewer reviewer;
    private final ListableNamespaces listable;

    SubscriptionAuthorizer(AccessReviewer reviewer, ListableNamespaces listable) {
        this.reviewer = reviewer;
        this.listable = listable;
    }

    /**
     * @param namespace the namespace asked for, {@code null} for all (ignored for cluster-scoped kinds)
     * @throws DashboardException 403 when the user may not stream anything of it
     */
    NamespaceScope authorize(UserIdentity user, RegisteredKind kind, String namespace) {
        KindDescriptor d = kind.descriptor();
        if (!d.namespaced()) {
            if (mayStream(user, d, "")) {
                return NamespaceScope.ALL;
            }
            throw forbidden(user, kind, "cluster-wide");
        }
        if (namespace != null) {
            if (mayStream(user, d, namespace)) {
                return NamespaceScope.of(List.of(namespace));
            }
            throw forbidden(user, kind, "in namespace " + namespace);
        }
        ReadableNamespaces.Scope readable = listable.forList(user, d.group(), d.plural());
        if (readable.all()) {
            if (reviewer.allowed(user, "watch", d.group(), d.plural(), "")) {
                return NamespaceScope.ALL;
            }
            throw forbidden(user, kind, "in all namespaces (list is allowed, watch is not: subscribe per namespace)");
        }
        List<String> watchable = reviewer.allowedIn(user, "watch", d.group(), d.plural(), readable.namespaces());
        if (watchable.isEmpty()) {
            throw forbidden(user, kind, "in any namespace");
        }
        return NamespaceScope.of(watchable);
    }

    private boolean mayStream(UserIdentity user, KindDescriptor d, String namespace) {
        return reviewer.allowed(user, "list", d.group(), d.plural(), namespace)
                && reviewer.allowed(user, "watch", d.group(), d.plural(), namespace);
    }

    private static DashboardException forbidden(UserIdentity user, RegisteredKind kind, String where) {
        return new DashboardException(403, "forbidden", "Forbidden",
                user.name() + " may not list and watch " + kind.resourceName() + " " + where);
    }
}
