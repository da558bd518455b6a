package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.server.kinds.RegisteredKind;

/**
 * Live rows of a kind, for the WebSocket layer: a snapshot to start from, then each change. This
 * does no authorization: callers check the user's right first, and filter changes by the
 * namespaces and labels the subscriber may see.
 */
public interface ResourceFeed {

    /**
     * A page of the kind's rows from memory, starting the kind's watch if needed.
     *
     * @throws io.k8sdashboard.plugin.api.DashboardException 503 "read-model-unavailable" when the
     *         kind's watch could not start or sync in time
     */
    RowPage page(RegisteredKind kind, RowQuery query);

    /**
     * Delivers every later change of the kind to the listener, keeping the kind's watch running
     * while registered.
     */
    ListenerRegistration listen(RegisteredKind kind, ChangeListener listener);
}
