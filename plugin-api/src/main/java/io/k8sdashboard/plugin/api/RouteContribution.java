package io.k8sdashboard.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A JAX-RS resource object mounted under {@code /api/v1/<segment>}.
 *
 * <p>The object is an ordinary Jakarta REST resource: methods annotated {@code @GET},
 * {@code @POST}, {@code @Path}... (a sub-resource, so no class-level {@code @Path} is needed).
 * The host mounts it through a sub-resource locator and adds its operations to
 * {@code /openapi}. Segments are unique: one that clashes with a core segment ({@code resources},
 * {@code namespaces}, {@code plugins}, {@code cluster}) or another plugin's is rejected at load
 * with a log line. Throw {@link DashboardException} subclasses for errors; the host maps them to
 * {@code application/problem+json}.
 *
 * @since 1.0.0
 */
public interface RouteContribution extends ExtensionPoint {

    /**
     * The path segment, lowercase kebab-case ("deployments", "charts").
     *
     * @return the segment
     * @since 1.0.0
     */
    String segment();

    /**
     * Creates the resource object. Called once, after the plugin started; the object serves many
     * requests concurrently and reaches the current user's view of the cluster through
     * {@code context}.
     *
     * @param context the host's services for this plugin
     * @return the JAX-RS resource object
     * @since 1.0.0
     */
    Object resource(PluginContext context);
}
