package io.k8sdashboard.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * Reads objects as the current user may see them. Kinds are named as in the dashboard's URLs
 * ({@code pods}, {@code deployments.apps}). Secret data is never returned.
 *
 * @since 1.0.0
 */
public interface ClusterReader {

    /**
     * Lists objects of a kind.
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, or {@code null} for all the user may read
     * @param labelSelector a label selector ("app=web,tier!=db"), or {@code null}
     * @return the objects
     * @throws DashboardException for an unknown kind (404), no access (403), a bad selector (400)
     * @since 1.0.0
     */
    List<KubeObject> list(String kind, String namespace, String labelSelector);

    /**
     * Reads one object.
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @return the object, empty if it does not exist
     * @throws DashboardException for an unknown kind (404) or no access (403)
     * @since 1.0.0
     */
    Optional<KubeObject> get(String kind, String namespace, String name);
}
