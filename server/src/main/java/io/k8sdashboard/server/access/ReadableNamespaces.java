package io.k8sdashboard.server.access;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.readmodel.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The namespaces a user may read, so that "all namespaces" means "all the namespaces I may see"
 * for a namespace-scoped user rather than a 403 wall.
 *
 * <p>For a kind: if a cluster-wide review allows {@code list}, the answer is "all" (one LIST
 * serves it). Otherwise the namespaces are listed (as the user if the user may list namespaces,
 * else with the dashboard's own identity: namespace names are not secret, and the dashboard may
 * list everything but Secrets) and each is kept if a review allows {@code list} there.
 *
 * <p>Cost: one review (cached) for the cluster-wide question; for a namespace-scoped user one
 * namespace LIST plus one review per namespace when cold ({@link AccessReviewService} asks them
 * a few at a time), none when warm within {@code dashboard.access.cache-seconds}. With thousands
 * of namespaces the first view of a namespace-scoped user pays that many reviews; the read model
 * of issue 4 is where namespace lists stop costing a LIST.
 */
@ApplicationScoped
public class ReadableNamespaces {

    /** The namespaces readable for a kind: all of them, or exactly {@code namespaces} (sorted, maybe empty). */
    public record Scope(boolean all, List<String> namespaces) {
        public static final Scope ALL = new Scope(true, List.of());

        public Scope {
            namespaces = List.copyOf(namespaces);
        }
    }

    @Inject
    AccessReviewer reviewer;
    @Inject
    KubernetesClients clients;
    @Inject
    ReadModel readModel;
    @Inject
    KindRegistry kinds;

    private static final String NAMESPACES = "namespaces";

    /** For CDI. */
    public ReadableNamespaces() {
    }

    /** For tests. */
    public ReadableNamespaces(AccessReviewer reviewer, KubernetesClients clients) {
        this.reviewer = reviewer;
        this.clients = clients;
    }

    /** Where {@code user} may list {@code group}/{@code resource}. */
    public Scope forList(UserIdentity user, String group, String resource) {
        if (reviewer.allowed(user, "list", group, resource, "")) {
            return Scope.ALL;
        }
        List<String> names = namespaces(user).stream().map(ns -> ns.getMetadata().getName()).sorted().toList();
        return new Scope(false, reviewer.allowedIn(user, "list", group, resource, names));
    }

    /**
     * The namespaces to offer {@code user} (the namespace picker): every namespace if the user may
     * list namespaces; otherwise those where the user may {@code list pods} (the dashboard's
     * first view) or {@code get} the Namespace object (any role on the namespace that includes
     * the usual view/edit/admin rules). Sorted by name.
     */
    public List<Namespace> visible(UserIdentity user) {
        List<Namespace> all = namespaces(user);
        if (reviewer.allowed(user, "list", "", "namespaces", "")) {
            return sorted(all);
        }
        List<String> names = all.stream().map(ns -> ns.getMetadata().getName()).sorted().toList();
        Set<String> readable = new java.util.HashSet<>(reviewer.allowedIn(user, "list", "", "pods", names));
        List<String> rest = names.stream().filter(n -> !readable.contains(n)).toList();
        readable.addAll(reviewer.allowedIn(user, "get", "", "namespaces", rest));
        return sorted(all.stream().filter(ns -> readable.contains(ns.getMetadata().getName())).toList());
    }

    /**
     * Every namespace: from the read model when it watches namespaces (no API request once warm;
     * the caller filters by the user's rights), else listed as the user when the user may, else
     * with the dashboard's own identity.
     */
    private List<Namespace> namespaces(UserIdentity user) {
        if (readModel != null && readModel.shared() && kinds != null) {
            var namespaceKind = kinds.find(NAMESPACES);
            var view = namespaceKind.flatMap(readModel::view);
            if (view.isPresent()) {
                return view.get().objects(null, null).stream()
                        .map(object -> Serialization.jsonMapper().convertValue(object, Namespace.class))
                        .toList();
            }
        }
        var client = reviewer.allowed(user, "list", "", "namespaces", "") ? clients.forCurrentUser() : clients.system();
        return client.namespaces().list().getItems();
    }

    private static List<Namespace> sorted(List<Namespace> namespaces) {
        return namespaces.stream().sorted(Comparator.comparing(ns -> ns.getMetadata().getName())).collect(Collectors.toList());
    }
}
