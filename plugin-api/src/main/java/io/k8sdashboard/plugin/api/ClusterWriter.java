package io.k8sdashboard.plugin.api;

import java.util.Map;

/**
 * Changes objects as the current user (every call carries {@code Impersonate-User} and
 * {@code Impersonate-Group}). API-server refusals surface as {@link DashboardException}s with
 * the API server's status (403, 404, 409, 422).
 *
 * <p>Since 1.2.0 every change can be a server-side dry run ({@code dryRun}: the API server
 * validates, admits and answers the object it would store, and stores nothing), and objects can be
 * applied (server-side apply), deleted with a propagation policy and scaled. The host passes
 * every call, dry run or not, through one mutation service that records it. The defaults of the
 * 1.2.0 methods serve hosts of an older API only where the older methods can (no dry run).
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
     * Creates an object, or answers what the API server would create.
     *
     * @param object the object's JSON tree, with apiVersion, kind and metadata
     * @param dryRun true: validated and admitted by the API server, but not stored
     * @return the object as stored (or as it would be stored)
     * @since 1.2.0
     */
    default KubeObject create(Map<String, Object> object, boolean dryRun) {
        if (dryRun) {
            throw new UnsupportedOperationException("dry runs need a host of plugin API 1.2.0 or later");
        }
        return create(object);
    }

    /**
     * Server-side apply with the field manager {@code k8s-dashboard}: creates the object or merges
     * the fields it names into the stored one. Idempotent.
     *
     * @param object the object's JSON tree, with apiVersion, kind and metadata (name, and namespace
     *               for namespaced kinds)
     * @param force true: take over fields another manager owns instead of answering 409
     * @param dryRun true: validated and admitted by the API server, but not stored
     * @return the object after the apply
     * @since 1.2.0
     */
    default KubeObject apply(Map<String, Object> object, boolean force, boolean dryRun) {
        throw new UnsupportedOperationException("apply needs a host of plugin API 1.2.0 or later");
    }

    /**
     * Patches an object, or answers what the patch would produce.
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @param type the patch format
     * @param patch the patch document as JSON text
     * @param dryRun true: validated and admitted by the API server, but not stored
     * @return the object after the patch
     * @since 1.2.0
     */
    default KubeObject patch(String kind, String namespace, String name, PatchType type, String patch, boolean dryRun) {
        if (dryRun) {
            throw new UnsupportedOperationException("dry runs need a host of plugin API 1.2.0 or later");
        }
        return patch(kind, namespace, name, type, patch);
    }

    /**
     * Deletes an object with options.
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @param options propagation, precondition and dry run
     * @return true if it existed
     * @since 1.2.0
     */
    default boolean delete(String kind, String namespace, String name, DeleteOptions options) {
        if (options.dryRun() || options.propagation() != Propagation.BACKGROUND || options.resourceVersion() != null) {
            throw new UnsupportedOperationException("delete options need a host of plugin API 1.2.0 or later");
        }
        return delete(kind, namespace, name);
    }

    /**
     * Sets the replicas of an object through its {@code scale} subresource (Deployments,
     * StatefulSets, ReplicaSets, custom resources that declare one).
     *
     * @param kind the kind's resource name
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the name
     * @param replicas the desired replicas, 0 or more
     * @param dryRun true: validated and admitted by the API server, but not stored
     * @return the {@code autoscaling/v1} Scale object after the change
     * @since 1.2.0
     */
    default KubeObject scale(String kind, String namespace, String name, int replicas, boolean dryRun) {
        throw new UnsupportedOperationException("scale needs a host of plugin API 1.2.0 or later");
    }

    /**
     * What happens to an object's dependents when it is deleted.
     *
     * @since 1.2.0
     */
    enum Propagation {
        /** The object goes at once; the garbage collector removes dependents afterwards. @since 1.2.0 */
        BACKGROUND,
        /** The object stays (with a deletion timestamp) until its dependents are gone. @since 1.2.0 */
        FOREGROUND,
        /** Dependents are kept, their owner references removed. @since 1.2.0 */
        ORPHAN
    }

    /**
     * Options of a delete.
     *
     * @param propagation what happens to dependents (not null)
     * @param resourceVersion delete only if the object still has this resourceVersion (409
     *                        otherwise); {@code null}: whatever version
     * @param dryRun true: validated by the API server, nothing deleted
     * @since 1.2.0
     */
    record DeleteOptions(Propagation propagation, String resourceVersion, boolean dryRun) {

        /**
         * Validates.
         *
         * @since 1.2.0
         */
        public DeleteOptions {
            if (propagation == null) {
                throw new IllegalArgumentException("propagation must not be null");
            }
        }

        /**
         * Background propagation, no precondition, not a dry run: what {@link ClusterWriter#delete(String, String, String)} does.
         *
         * @return the options
         * @since 1.2.0
         */
        public static DeleteOptions defaults() {
            return new DeleteOptions(Propagation.BACKGROUND, null, false);
        }
    }

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
