package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.mutations.MutationService;
import io.k8sdashboard.server.mutations.ObjectBodies;
import io.k8sdashboard.server.problem.ApiResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/resources} writes, all through {@link MutationService} as the signed-in user:
 * create ({@code POST}), server-side apply ({@code PUT} of the whole object: the dashboard's
 * fields, owned by the field manager {@code k8s-dashboard}), patch ({@code PATCH}, the patch type
 * chosen by Content-Type as with the Kubernetes API), delete, and the {@code scale} subresource.
 * {@code dryRun=true} asks the API server to validate and admit the change without storing it,
 * and answers what it would store.
 *
 * <p>The documented example names an object that does not exist, so that a client trying the
 * examples (the API contract test does) changes nothing.
 */
@ApplicationScoped
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resources")
public class ResourceWritesResource {

    static final String YAML = "application/yaml";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String JSON_PATCH = "application/json-patch+json";
    static final String STRATEGIC_PATCH = "application/strategic-merge-patch+json";

    private static final java.util.Set<String> JSON_PATCH_OPS = java.util.Set.of("add", "remove", "replace", "move", "copy", "test");

    @Inject
    MutationService mutations;

    @POST
    @Path("{kind}")
    @Consumes({MediaType.APPLICATION_JSON, YAML})
    @Operation(operationId = "createResource",
            summary = "Creates an object as the signed-in user (the object's apiVersion and kind must be the URL's kind)")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KubernetesObjectSchema.class)),
        @Content(mediaType = YAML, schema = @Schema(implementation = KubernetesObjectSchema.class)),
    })
    @APIResponse(responseCode = "201", description = "Created: the object as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Dry run: the object as the API server would store it; nothing created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Response create(@Parameter(description = "kubectl-style kind", example = "configmaps", schema = @Schema(
            type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "true: validated and admitted by the API server, nothing stored",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            String body) {
        InputValidation.kind(kind);
        boolean dry = InputValidation.flag("dryRun", dryRun);
        Map<String, Object> created = mutations.create(kind, ObjectBodies.parse(body), dry);
        return json(dry ? Response.Status.OK : Response.Status.CREATED, created);
    }

    @PUT
    @Path("{kind}/{namespace}/{name}")
    @Consumes({MediaType.APPLICATION_JSON, YAML})
    @Operation(operationId = "applyResource",
            summary = "Server-side apply as the signed-in user (field manager k8s-dashboard): creates the object "
                    + "or sets the fields it names; applying the same object again changes nothing")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KubernetesObjectSchema.class)),
        @Content(mediaType = YAML, schema = @Schema(implementation = KubernetesObjectSchema.class)),
    })
    @APIResponse(responseCode = "200", description = "The object after the apply (for a dry run: as it would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Response apply(@Parameter(description = "kubectl-style kind", example = "deployments.apps", schema = @Schema(
            type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name (metadata.name, if set, must be the same)", example = "example-object",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "true: take over fields another field manager owns instead of a 409 conflict",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("force") String force,
            @Parameter(description = "true: validated and admitted by the API server, nothing stored",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            String body) {
        Located at = Located.of(kind, namespace, name);
        boolean dry = InputValidation.flag("dryRun", dryRun);
        boolean forced = InputValidation.flag("force", force);
        return json(Response.Status.OK, mutations.apply(at.kind(), at.namespace(), at.name(), ObjectBodies.parse(body), forced, dry));
    }

    @PATCH
    @Path("{kind}/{namespace}/{name}")
    @Consumes({MERGE_PATCH, JSON_PATCH, STRATEGIC_PATCH})
    @Operation(operationId = "patchResource",
            summary = "Patches an object as the signed-in user: JSON merge patch, JSON patch or strategic merge patch, "
                    + "by Content-Type as with the Kubernetes API")
    @RequestBody(required = true, content = {
        @Content(mediaType = MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT, description = "RFC 7386 merge patch")),
        @Content(mediaType = JSON_PATCH, schema = @Schema(type = SchemaType.ARRAY, description = "RFC 6902 operations")),
        @Content(mediaType = STRATEGIC_PATCH, schema = @Schema(type = SchemaType.OBJECT,
                description = "Kubernetes strategic merge patch (built-in kinds)")),
    })
    @APIResponse(responseCode = "200", description = "The object after the patch (for a dry run: as it would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Response patch(@Parameter(description = "kubectl-style kind", example = "deployments.apps", schema = @Schema(
            type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name", example = "example-object",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "true: validated and admitted by the API server, nothing stored",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            String body) {
        Located at = Located.of(kind, namespace, name);
        boolean dry = InputValidation.flag("dryRun", dryRun);
        ClusterWriter.PatchType type = patchType(contentType);
        checkJson(body, type);
        return json(Response.Status.OK, mutations.patch(at.kind(), at.namespace(), at.name(), type, body, dry));
    }

    @DELETE
    @Path("{kind}/{namespace}/{name}")
    @Operation(operationId = "deleteResource", summary = "Deletes an object as the signed-in user")
    @APIResponse(responseCode = "204", description = "Deleted (for a dry run: the API server would delete it)")
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
    public Response delete(@Parameter(description = "kubectl-style kind", example = "configmaps", schema = @Schema(
            type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name", example = "example-object",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "what happens to dependents", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"Background", "Foreground", "Orphan"}, defaultValue = "Background"))
            @QueryParam("propagationPolicy") String propagationPolicy,
            @Parameter(description = "delete only if the object still has this resourceVersion (else 409)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,20}$"))
            @QueryParam("resourceVersion") String resourceVersion,
            @Parameter(description = "true: validated by the API server, nothing deleted",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun) {
        Located at = Located.of(kind, namespace, name);
        boolean dry = InputValidation.flag("dryRun", dryRun);
        ClusterWriter.DeleteOptions options = new ClusterWriter.DeleteOptions(propagation(propagationPolicy),
                resourceVersion(resourceVersion), dry);
        if (!mutations.delete(at.kind(), at.namespace(), at.name(), options)) {
            throw new io.k8sdashboard.plugin.api.NotFoundException("resource-not-found",
                    kind + " " + (at.namespace() == null ? "" : at.namespace() + "/") + name + " not found");
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("{kind}/{namespace}/{name}/scale")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scaleResource",
            summary = "Sets the replicas of a Deployment, StatefulSet, ReplicaSet or scalable custom resource (scale subresource)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "replicas", properties = @SchemaProperty(name = "replicas",
                    type = SchemaType.INTEGER, minimum = "0", maximum = "1000000"))))
    @APIResponse(responseCode = "200", description = "The autoscaling/v1 Scale after the change (for a dry run: as it would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "502", ref = ApiResponses.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Response scale(@Parameter(description = "kubectl-style kind", example = "deployments.apps", schema = @Schema(
            type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @PathParam("kind") String kind,
            @Parameter(description = "the namespace, or _ for cluster-scoped kinds", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_OR_CLUSTER_PATTERN))
            @PathParam("namespace") String namespace,
            @Parameter(description = "the object's name", example = "example-object",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAME_PATTERN, maxLength = InputValidation.MAX_NAME))
            @PathParam("name") String name,
            @Parameter(description = "true: validated and admitted by the API server, nothing stored",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            String body) {
        Located at = Located.of(kind, namespace, name);
        boolean dry = InputValidation.flag("dryRun", dryRun);
        return json(Response.Status.OK, mutations.scale(at.kind(), at.namespace(), at.name(), replicas(body), dry));
    }

    /** Path parameters checked in order; {@code _} is the namespace of cluster-scoped objects. */
    record Located(String kind, String namespace, String name) {
        static Located of(String kind, String namespace, String name) {
            InputValidation.kind(kind);
            String ns = ResourcesResource.CLUSTER_SCOPED.equals(namespace) ? null : InputValidation.namespace("namespace", namespace);
            return new Located(kind, ns, InputValidation.name("name", name));
        }
    }

    static ClusterWriter.Propagation propagation(String value) {
        if (value == null) {
            return ClusterWriter.Propagation.BACKGROUND;
        }
        return switch (value) {
            case "Background" -> ClusterWriter.Propagation.BACKGROUND;
            case "Foreground" -> ClusterWriter.Propagation.FOREGROUND;
            case "Orphan" -> ClusterWriter.Propagation.ORPHAN;
            default -> throw new InvalidInputException("propagationPolicy", "must be Background, Foreground or Orphan");
        };
    }

    static String resourceVersion(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,20}")) {
            throw new InvalidInputException("resourceVersion", "must be a resourceVersion as the object carries it (digits)");
        }
        return value;
    }

    static ClusterWriter.PatchType patchType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case MERGE_PATCH -> ClusterWriter.PatchType.MERGE;
            case JSON_PATCH -> ClusterWriter.PatchType.JSON;
            case STRATEGIC_PATCH -> ClusterWriter.PatchType.STRATEGIC_MERGE;
            default -> throw new InvalidInputException("Content-Type",
                    "must be " + MERGE_PATCH + ", " + JSON_PATCH + " or " + STRATEGIC_PATCH);
        };
    }

    /** A patch must be JSON of the right shape: an array of operations for a JSON patch, else an object. */
    static void checkJson(String body, ClusterWriter.PatchType type) {
        Object tree;
        try {
            tree = body == null || body.isBlank() ? null : Serialization.jsonMapper().readValue(body, Object.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "is not JSON");
        }
        boolean fits = type == ClusterWriter.PatchType.JSON ? tree instanceof java.util.List<?> : tree instanceof Map<?, ?>;
        if (!fits) {
            throw new InvalidInputException("body", type == ClusterWriter.PatchType.JSON
                    ? "a JSON patch is an array of operations" : "a merge patch is a JSON object");
        }
        if (tree instanceof java.util.List<?> operations) {
            for (Object operation : operations) {
                if (!(operation instanceof Map<?, ?> op) || !(op.get("op") instanceof String name) || !JSON_PATCH_OPS.contains(name)
                        || !(op.get("path") instanceof String)) {
                    throw new InvalidInputException("body", "each JSON patch operation needs an op (add, remove, replace, "
                            + "move, copy, test) and a path");
                }
            }
        }
    }

    static int replicas(String body) {
        Object tree;
        try {
            tree = body == null || body.isBlank() ? null : Serialization.jsonMapper().readValue(body, Object.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "is not JSON");
        }
        if (!(tree instanceof Map<?, ?> map) || !(map.get("replicas") instanceof Number n)
                || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() < 0 || n.longValue() > 1_000_000) {
            throw new InvalidInputException("replicas", "must be a whole number from 0 to 1000000, as {\"replicas\": 3}");
        }
        return n.intValue();
    }

    private static Response json(Response.Status status, Map<String, Object> object) {
        // fabric8's Jackson, as for reads: the object is a plain tree.
        return Response.status(status).entity(Serialization.asJson(object)).type(MediaType.APPLICATION_JSON).build();
    }
}
