package io.k8sdashboard.server.access;

import io.k8sdashboard.plugin.api.UserIdentity;
import java.util.Collection;
import java.util.List;

/**
 * Answers "may this user do this?" the way the API server would. The one seam between the
 * dashboard's authorization decisions and the API server's RBAC, so that the logic built on it
 * ({@link ReadableNamespaces}, the fan-out list) can be tested without an RBAC-evaluating server.
 *
 * <p>A {@code resource} may name a subresource as kubectl does: {@code deployments/scale}.
 */
public interface AccessReviewer {

    /**
     * Whether {@code user} may {@code verb} {@code group}/{@code resource} in {@code namespace}.
     *
     * @param namespace a namespace, or {@code ""}/{@code null} for cluster-wide (all namespaces).
     *        For the core {@code namespaces} resource a namespace names the Namespace object itself
     *        (so {@code get namespaces in team-a} asks for {@code GET /api/v1/namespaces/team-a}).
     */
    boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace);

    /**
     * Whether {@code user} may {@code verb} the object {@code name} of {@code group}/{@code resource}
     * in {@code namespace}: RBAC may allow a verb on named objects only ({@code resourceNames}),
     * so a get must be asked with the object's name. This default answers from the right on every
     * object of the resource, which is never wrong to grant and refuses named-only rights;
     * {@link AccessReviewService} asks the API server for the name.
     *
     * @param namespace as in {@link #allowed(UserIdentity, String, String, String, String)}
     */
    default boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace, String name) {
        return allowed(user, verb, group, resource, namespace);
    }

    /**
     * The namespaces of {@code namespaces} in which {@link #allowed} holds, in the given order.
     * Implementations may ask concurrently; this default asks one by one.
     */
    default List<String> allowedIn(UserIdentity user, String verb, String group, String resource, Collection<String> namespaces) {
        return namespaces.stream().filter(ns -> allowed(user, verb, group, resource, ns)).toList();
    }
}
