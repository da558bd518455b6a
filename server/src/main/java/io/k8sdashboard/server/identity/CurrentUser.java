package io.k8sdashboard.server.identity;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import java.util.Optional;

/**
 * The user the current request acts for. Set by the identity filter once per request (proxy
 * mode: from trusted OAuth2-Proxy headers; local mode: the dashboard's own identity).
 *
 * <p>A thread-bound holder rather than a CDI request-scoped bean: it is read from JAX-RS
 * resources, plugin objects and the Kubernetes client layer alike, none of which should need CDI
 * to find out who is asking.
 */
public final class CurrentUser {

    private static final ThreadLocal<RequestIdentity> CURRENT = new ThreadLocal<>();

    private CurrentUser() {
    }

    /** Binds the identity for the rest of this request; the filter clears it in finally. */
    public static void bind(RequestIdentity identity) {
        CURRENT.set(identity);
    }

    /** Unbinds at the end of the request. */
    public static void clear() {
        CURRENT.remove();
    }

    /** The identity of the current request, empty outside a request. */
    public static Optional<RequestIdentity> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Runs work with {@code identity} bound, on this thread, then restores what was bound before:
     * how work that outlives its request (a background task) acts for the user who started it.
     */
    public static <T> T callAs(RequestIdentity identity, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.Objects.requireNonNull(identity, "identity");
        RequestIdentity previous = CURRENT.get();
        CURRENT.set(identity);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The identity, or a 401 problem when there is none: code acting for a user fails closed. */
    public static RequestIdentity require() {
        RequestIdentity identity = CURRENT.get();
        if (identity == null) {
            throw new DashboardException(401, "unauthenticated", "Not signed in",
                    "No signed-in user is bound to this request");
        }
        return identity;
    }

    /**
     * Who a request, or work started by one, acts for: the explicit acting identity (user name,
     * groups) that is captured when work is handed to another thread and bound again there.
     *
     * @param user the user
     * @param impersonate true in proxy mode: every Kubernetes call must impersonate {@code user};
     *                    false in local mode: the dashboard's own credentials are used
     */
    public record RequestIdentity(UserIdentity user, boolean impersonate) {
    }
}
