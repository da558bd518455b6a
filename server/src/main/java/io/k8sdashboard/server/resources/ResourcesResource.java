package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.server.problem.ApiResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/resources}: the kinds served, a kind's objects as table rows, and single objects.
 * Parameters are documented with the patterns {@link InputValidation} checks; {@code limit} stays a
 * string here so that a non-number is a 400 problem naming it rather than JAX-RS's plain 404.
 */
@ApplicationScoped
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resources")
public class ResourcesResource {

    /** Placeholder namespace segment for cluster-scoped objects. */
    public static final String CLUSTER_SCOPED = "_";
    private static final String YAML = "application/yaml";

    @Inject
    ResourceService resources;
    @Inject
    Instance<KindActions> actions;

    @GET
    @Operation(operationId = "listKinds", summary = "The kinds served: from plugins and discovered CustomResourceDefinitions")
    @APIResponse(responseCode = "200", description = "Every kind, with its table columns and the plugin actions offered on it "
            + "(id, title, destructive, the access checked before it runs, the JSON Schema of its parameters)")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public List<KindInfo> kinds() {
        List<KindInfo> kinds = resources.kinds();
        if (!actions.isResolvable()) {
            return kinds;
        }
        KindActions offered = actions.get();
        return kinds.stream().map(k -> k.withActions(offered.forKind(k.resourceName()))).toList();
    }

    @GET
    @Path("{kind}")
    @Operation(operationId = "listResources",
            summary = "A page of a kind's objects as rows of the kind's columns, read as the signed-in user")
    @APIResponse(responseCode = "200", description = "One page; continue is set when more follow")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "410", ref = ApiResponses.GONE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public ResourceTable list(
            @Parameter(description = "kubectl-style kind: pods, po, Pod, deployments.apps, certificates.cert-manager.io",
                    example = "pods",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "a namespace; absent or empty: every namespace the user may list the kind in",
                    example = "shop", schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.OPTIONAL_NAMESPACE_PATTERN))
            @QueryParam("namespace") String namespace,
            @Parameter(description = "Kubernetes label selector, e.g. app=web,tier!=db,env in (prod,staging),!legacy",
                    example = "app=web", schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.LABEL_SELECTOR_PATTERN))
            @QueryParam("labelSelector") String labelSelector,
            @Parameter(description = "only objects whose name contains this text (case-insensitive)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = TableView.MAX_FILTER))
            @QueryParam("filter") String filter,
            @Parameter(description = "a column name of the kind to sort by (see GET /api/v1/resources); "
                    + "namespace then name when absent; a name the kind lacks is a 400 problem",
                    example = "Name")
            @QueryParam("sort") String sort,
            @Parameter(description = "sort direction", schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}, defaultValue = "asc"))
            @QueryParam("order") String order,
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + InputValidation.MAX_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "the continue token of the previous page, as it came; another list's token is a 400 problem")
            @QueryParam("continue") String continueToken) {
        return resources.list(kind, namespace, labelSelector, new TableView(filter, sort, order), limit, continueToken);
    }

    @GET
    @Path("{kind}/{namespace}/{name}")
    @Produces({MediaType.APPLICATION_JSON, YAML, "text/yaml"})
    @Operation(operationId = "getResource",
            summary = "One object (managedFields stripped; Secrets with key names only) as JSON or YAML")
    @APIResponse(responseCode = "200", description = "The object, as format asks",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "the Kubernetes object")),
                @Content(mediaType = YAML, schema = @Schema(type = SchemaType.OBJECT,
                        description = "the same object as YAML")),
            })
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Response get(
            @Parameter(description = "kubectl-style kind", example = "deployments.apps",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds (a namespaced kind needs a namespace)",
                    example = "shop", schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name", example = "web",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "representation", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "yaml"}, defaultValue = "json"))
            @QueryParam("format") String format) {
        String chosen = InputValidation.format(format);
        Map<String, Object> object = resources.get(kind, CLUSTER_SCOPED.equals(namespace) ? null : namespace, name);
        // Written with fabric8's Jackson: JSON-B would need DTOs, and the object is a plain tree anyway.
        return chosen.equals("yaml")
                ? Response.ok(KubectlYaml.write(object), YAML).build()
                : Response.ok(Serialization.asJson(object), MediaType.APPLICATION_JSON).build();
    }
}
