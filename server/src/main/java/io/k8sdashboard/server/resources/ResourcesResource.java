package io.k8sdashboard.server.resources;

import io.fabric8.kubernetes.client.utils.Serialization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /api/v1/resources}: the kinds served, a kind's objects as table rows, and single objects. */
@ApplicationScoped
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    /** Placeholder namespace segment for cluster-scoped objects. */
    public static final String CLUSTER_SCOPED = "_";
    private static final String YAML = "application/yaml";

    @Inject
    ResourceService resources;

    @GET
    @Operation(summary = "The kinds served: from plugins and discovered CustomResourceDefinitions")
    public List<KindInfo> kinds() {
        return resources.kinds();
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A page of a kind's objects as rows of the kind's columns, read as the signed-in user")
    public ResourceTable list(
            @Parameter(description = "kubectl-style kind: pods, deployments.apps, certificates.cert-manager.io") @PathParam("kind") String kind,
            @Parameter(description = "namespace; all the user may read when absent") @QueryParam("namespace") String namespace,
            @Parameter(description = "label selector, e.g. app=web,tier!=db") @QueryParam("labelSelector") String labelSelector,
            @Parameter(description = "only objects whose name contains this text (case-insensitive)") @QueryParam("filter") String filter,
            @Parameter(description = "column to sort by (a column name of the kind); namespace then name when absent") @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
            @Parameter(description = "page size, 1 to 1000") @QueryParam("limit") String limit,
            @Parameter(description = "continue token of the previous page") @QueryParam("continue") String continueToken) {
        return resources.list(kind, namespace, labelSelector, new TableView(filter, sort, order), limit, continueToken);
    }

    @GET
    @Path("{kind}/{namespace}/{name}")
    @Produces({MediaType.APPLICATION_JSON, YAML, "text/yaml"})
    @Operation(summary = "One object (managedFields stripped; Secrets with key names only) as JSON or YAML")
    public Response get(@PathParam("kind") String kind,
            @Parameter(description = "namespace, or _ for cluster-scoped kinds") @PathParam("namespace") String namespace,
            @PathParam("name") String name,
            @Parameter(description = "json (default) or yaml") @QueryParam("format") String format) {
        String chosen = InputValidation.format(format);
        Map<String, Object> object = resources.get(kind, CLUSTER_SCOPED.equals(namespace) ? null : namespace, name);
        // Written with fabric8's Jackson: JSON-B would need DTOs, and the object is a plain tree anyway.
        return chosen.equals("yaml")
                ? Response.ok(KubectlYaml.write(object), YAML).build()
                : Response.ok(Serialization.asJson(object), MediaType.APPLICATION_JSON).build();
    }
}
