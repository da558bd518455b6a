package io.k8sdashboard.it;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

/**
 * The resources API as a MicroShed REST client (MicroShed 0.9.2 is javax-based, so this
 * interface uses javax.ws.rs; the server itself is Jakarta REST).
 */
@Path("/api/v1/resources")
public interface ResourcesApi {

    @GET
    @Produces("application/json")
    String kinds(@HeaderParam("X-Forwarded-User") String user);

    @GET
    @Path("/{kind}")
    @Produces("application/json")
    String list(@PathParam("kind") String kind, @QueryParam("namespace") String namespace,
            @QueryParam("labelSelector") String labelSelector, @HeaderParam("X-Forwarded-User") String user);

    @GET
    @Path("/{kind}/{namespace}/{name}")
    @Produces({"application/json", "application/yaml", "text/yaml"})
    String get(@PathParam("kind") String kind, @PathParam("namespace") String namespace, @PathParam("name") String name,
            @QueryParam("format") String format, @HeaderParam("X-Forwarded-User") String user);
}
