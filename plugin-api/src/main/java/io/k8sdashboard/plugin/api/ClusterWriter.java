package io.k8sdashboard.plugin.api;

import java.util.Map;

/**
 * Changes objects as the current user (every call carries {@code Impersonate-User} and
 * {@code Impersonate-Group}). API-server refusals surface as {@link DashboardException}s with
 * the API server's status (403, 404, 409, 422).
 *
 * @since 1.0.0
 */
public interface ClusterWriter {

    /**
     * Creates an object.
     *
     * @param object the object's JSON tree, with apiVersion, kind and metadata
     * @return the object as stored
     * @since 1.0.0
     */
    KubeObject create(Map<String, Object> object);

    /**
     * Patches an object.
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @param type the patch format
     * @param patch the patch document as JSON text
     * @return the object after the patch
     * @since 1.0.0
     */
    KubeObject patch(String kind, String namespace, String name, PatchType type, String patch);

    /**
     * Deletes an object (background propagation: dependents are removed by the garbage collector).
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @return true if it existed
     * @since 1.0.0
     */
    boolean delete(String kind, String namespace, String name);

    /**
     * Patch formats the API server accepts.
     *
     * @since 1.0.0
     */
    enum PatchType {
        /** RFC 7386 JSON merge patch. @since 1.0.0 */
        MERGE,
        /** Kubernetes strategic merge patch (built-in kinds only). @since 1.0.0 */
        STRATEGIC_MERGE,
        /** RFC 6902 JSON patch. @since 1.0.0 */
        JSON
    }
}
