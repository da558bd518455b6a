package io.k8sdashboard.server.audit;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.problem.ApiResponses;
import io.k8sdashboard.server.validation.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/audit}: the audit records (every mutation and plugin action attempt), newest
 * first, for members of the group {@code dashboard.audit.readers-group} only (others: 403).
 * The group is checked before any parameter, so a non-member learns nothing from a 400.
 */
@ApplicationScoped
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditStore store;
    @Inject
    AuditSettings settings;

    @GET
    @Operation(operationId = "listAudit", summary = "A page of audit records, newest first (members of the "
            + "dashboard.audit.readers-group group only)",
            description = "One record per attempt to change the cluster through the dashboard: each mutation and each plugin "
                    + "action, also dry runs and refusals. Filters must all match. A page may hold fewer than limit records "
                    + "while continue is set (a rare filter stops scanning after a while).")
    @APIResponse(responseCode = "200", description = "One page; continue is set when older records may follow")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public AuditPage list(
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + InputValidation.MAX_LIMIT, defaultValue = "" + AuditQuery.DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "the continue token of the previous page, as it came",
                    schema = @Schema(type = SchemaType.STRING, pattern = AuditQuery.CONTINUE_PATTERN))
            @QueryParam("continue") String continueToken,
            @Parameter(description = "only records of this user", example = "alice",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = AuditQuery.MAX_USER))
            @QueryParam("user") String user,
            @Parameter(description = "only records in this namespace", example = "shop",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.NAMESPACE_PATTERN))
            @QueryParam("namespace") String namespace,
            @Parameter(description = "only records of this kind, as recorded: the resource name (configmaps, deployments.apps)",
                    example = "configmaps",
                    schema = @Schema(type = SchemaType.STRING, pattern = InputValidation.KIND_PATTERN, maxLength = InputValidation.MAX_KIND))
            @QueryParam("kind") String kind,
            @Parameter(description = "only records of this verb",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"create", "apply", "patch", "delete", "scale", "action"}))
            @QueryParam("verb") String verb,
            @Parameter(description = "only records with this outcome: success, refused (401, 403, 429) or error (any other failure)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"success", "refused", "error"}))
            @QueryParam("outcome") String outcome) {
        UserIdentity reader = CurrentUser.require().user();
        String group = settings.readersGroup();
        if (!reader.groups().contains(group)) {
            throw new DashboardException(403, "forbidden", "Forbidden", "User \"" + reader.name()
                    + "\" may not read the audit records: they are for members of group \"" + group
                    + "\" (dashboard.audit.readers-group)");
        }
        return store.page(AuditQuery.parse(limit, continueToken, user, namespace, kind, verb, outcome));
    }
}
