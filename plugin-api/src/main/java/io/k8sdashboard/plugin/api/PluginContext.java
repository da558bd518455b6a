package io.k8sdashboard.plugin.api;

/**
 * The services the host lends a plugin. One context per plugin; its reader and writer act for
 * whichever user the current request belongs to (or, in work submitted to {@link #background()},
 * the user who submitted it), so a plugin never holds credentials and never builds its own
 * Kubernetes client.
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
     * Publishes events to browsers, on every replica (see {@link EventPublisher}).
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
     * {@code deployment:progress} events: to the tabs that follow its operation id and to the tabs
     * of the user who started it (the current user when this is called, if any), on every replica.
     *
     * @param operation what is being done ("rollout")
     * @param target the object, as {@code kind/namespace/name}
     * @return a reporter whose {@link ProgressReporter#operationId()} identifies the operation
     * @since 1.0.0
     */
    ProgressReporter progress(String operation, String target);

    /**
     * Runs work after the request ends, as the current user (see {@link BackgroundWork}).
     *
     * <p>The default implementation, for contexts written against 1.1, refuses with a 501 problem.
     *
     * @return the host's background work for this plugin
     * @since 1.2.0
     */
    default BackgroundWork background() {
        return new BackgroundWork() {
            @Override
            public <T> java.util.concurrent.Future<T> submit(java.util.concurrent.Callable<T> work) {
                throw new DashboardException(501, "not-supported", "Not supported",
                        "This host runs no background work");
            }
        };
    }
}
