package io.k8sdashboard.server.push;

import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventAudience;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.readmodel.LabelSelectorMatcher;
import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ResourceChange;
import io.k8sdashboard.server.readmodel.RowQuery;
import java.util.Objects;

/**
 * One {@code subscribe} of a session: which kind, namespace and labels the client asked for, and
 * which namespaces it may currently see. Compared by identity: a client may reuse an id after
 * {@code unsubscribe}, and what was queued for the old one must not count for the new one.
 */
final class Subscription {

    private final String id;
    private final RegisteredKind kind;
    private final String namespace;
    private final String labelSelector;
    private final LabelSelectorMatcher matcher;
    private volatile NamespaceScope scope;
    /** Set once a snapshot is queued: changes seen before it are covered by that snapshot. */
    private volatile boolean live;
    private volatile ListenerRegistration registration;

    Subscription(String id, RegisteredKind kind, String namespace, String labelSelector, NamespaceScope scope) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.namespace = namespace;
        this.labelSelector = labelSelector;
        this.matcher = LabelSelectorMatcher.of(labelSelector);
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    String id() {
        return id;
    }

    RegisteredKind kind() {
        return kind;
    }

    /** The namespace asked for, {@code null} for all (or a cluster-scoped kind). */
    String namespace() {
        return namespace;
    }

    NamespaceScope scope() {
        return scope;
    }

    void scope(NamespaceScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    boolean live() {
        return live;
    }

    void live(boolean live) {
        this.live = live;
    }

    void registration(ListenerRegistration registration) {
        this.registration = registration;
    }

    /** Stops the model's deliveries for this subscription (idempotent). */
    void stopListening() {
        ListenerRegistration current = registration;
        registration = null;
        if (current != null) {
            current.close();
        }
    }

    /** Whether the client may and wants to see this change. */
    boolean accepts(ResourceChange change) {
        return scope.includes(change.namespace()) && matcher.test(change.row().labels());
    }

    /**
     * Whether a bus event is addressed to this subscription's kind ({@code pods},
     * {@code deployments.apps}, or the Kind {@code Deployment}) in a namespace its user may read:
     * the scope is the user's read right, re-checked every {@code dashboard.ws.recheck-seconds}.
     */
    boolean accepts(DashboardEvent event) {
        var descriptor = kind.descriptor();
        for (EventAudience.ResourceScope target : event.audience().resources()) {
            String name = target.kind();
            boolean sameKind = name.equals(kind.resourceName()) || name.equals(descriptor.plural())
                    || name.equals(descriptor.kind());
            if (sameKind && (!descriptor.namespaced() || target.namespace() != null && scope.includes(target.namespace()))) {
                return true;
            }
        }
        return false;
    }

    /** The read model query for one snapshot page. */
    RowQuery query(String continueToken, int pageSize) {
        NamespaceScope current = scope;
        return new RowQuery(current.all() ? null : current.namespaces(), labelSelector, null, null, false, pageSize,
                continueToken);
    }

    @Override
    public String toString() {
        return "Subscription[" + id + " " + kind.resourceName() + "]";
    }
}
