package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Mounts plugin routes at {@code /api/v1/<segment>} through a sub-resource locator.
 *
 * <p>Core resources ({@code v1/resources}, {@code v1/namespaces}, {@code v1/cluster},
 * {@code v1/plugins}) are not shadowed: JAX-RS picks the root resource with the most literal
 * characters first, and {@code v1} has the fewest. Plugin objects are not scanned by JAX-RS; the
 * runtime reads their annotations when the locator returns them, which also works for plugins
 * loaded after startup.
 */
@ApplicationScoped
@Path("v1")
public class PluginRouteResource {

    @Inject
    PluginHost host;

    /** The plugin's JAX-RS object for the segment, or a 404 problem. */
    @Path("{segment}")
    public Object route(@PathParam("segment") String segment) {
        return host.route(segment).map(MountedRoute::resource)
                .orElseThrow(() -> new NotFoundException("unknown-route",
                        RouteSegments.isWellFormed(segment)
                                ? "No route /api/v1/" + segment
                                : "No such route under /api/v1"));
    }
}
