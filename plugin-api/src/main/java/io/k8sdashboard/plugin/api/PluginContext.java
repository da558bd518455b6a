package io.k8sdashboard.plugin.api;

/**
 * The services the host lends a plugin. One context per plugin; its reader and writer act for
 * whichever user the current request belongs to, so a plugin never holds credentials and never
 * builds its own Kubernetes client.
 *
 * @since 1.0.0
 */
public interface PluginContext {

    /**
     * The plugin's id, as in its manifest.
     *
     * @return the id
     * @since 1.0.0
     */
    String pluginId();

    /**
     * The signed-in user of the current request.
     *
     * @return the user
     * @throws DashboardException (401) outside a request with a signed-in user
     * @since 1.0.0
     */
    UserIdentity currentUser();

    /**
     * Reads the cluster as the current user sees it.
     *
     * @return the reader
     * @since 1.0.0
     */
    ClusterReader reader();

    /**
     * Changes the cluster as the current user (impersonated), so that user's RBAC applies.
     *
     * @return the writer
     * @since 1.0.0
     */
    ClusterWriter writer();

    /**
     * Publishes events to the browsers connected to this replica (not relayed to other replicas yet).
     *
     * @return the publisher
     * @since 1.0.0
     */
    EventPublisher events();

    /**
     * The plugin's settings: MicroProfile Config keys {@code dashboard.plugin.<id>.*}.
     *
     * @return the settings
     * @since 1.0.0
     */
    PluginSettings settings();

    /**
     * Starts reporting the progress of a long-running operation, pushed to browsers as
     * {@code deployment:progress} events.
     *
     * @param operation what is being done ("rollout")
     * @param target the object, as {@code kind/namespace/name}
     * @return a reporter whose {@link ProgressReporter#operationId()} identifies the operation
     * @since 1.0.0
     */
    ProgressReporter progress(String operation, String target);
}
