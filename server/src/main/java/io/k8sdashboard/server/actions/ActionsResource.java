package io.k8sdashboard.server.actions;

import io.k8sdashboard.server.problem.ApiResponses;
import io.k8sdashboard.server.validation.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/resources/{kind}/{namespace}/{name}/actions/{id}}: runs a plugin's action
 * on one object (see {@link ActionRunner} for the checks made first). The body is read as text
 * so that a body that is not a JSON object is a 400 problem naming {@code body}, whatever its
 * content type.
 */
@ApplicationScoped
@Path("v1/resources/{kind}/{namespace}/{name}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resources")
public class ActionsResource {

    @Inject
    ActionRunner runner;

    @POST
    @Path("{id}")
    @Operation(operationId = "runAction", summary = "Runs a plugin action on one object as the signed-in user, "
            + "after checking the action's required access on that object (SelfSubjectAccessReview with its name)",
            description = "The actions of a kind, with their parameter schemas and required access, are listed per kind "
                    + "by GET /api/v1/resources.")
    @RequestBody(required = false, description = "the action's parameters, as its schema in GET /api/v1/resources says; "
            + "empty or {} for an action without parameters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The action ran (or, with dryRun=true, checked and changed nothing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionOutcome.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public ActionOutcome run(
            @Parameter(description = "kubectl-style kind", example = "configmaps",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name", example = "web",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "the action id, as listed for the kind", example = "annotate",
                    schema = @Schema(type = SchemaType.STRING, pattern = ActionRunner.ID_PATTERN))
            @PathParam("id") String id,
            @Parameter(description = "true: the action checks and reports but changes nothing",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"}, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            String body) {
        return runner.run(kind, namespace, name, id, dryRun, body);
    }
}
