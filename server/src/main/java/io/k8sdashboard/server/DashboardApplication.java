package io.k8sdashboard.server;

import io.k8sdashboard.server.problem.ApiResponses;
import io.k8sdashboard.server.problem.ProblemDetails;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API root: every core resource and every plugin route lives under {@code /api}. Its
 * OpenAPI definition names the problem responses every operation refers to by name
 * ({@link ApiResponses}) and how a caller is identified.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "K8s Dashboard v2", version = "1",
        description = "See, deploy and manage charts in a Kubernetes cluster, as the signed-in user. "
                + "Every error is an RFC 9457 problem (application/problem+json)."),
        security = @SecurityRequirement(name = DashboardApplication.SECURITY_SCHEME),
        tags = {
            @Tag(name = "cluster", description = "The cluster and the signed-in user"),
            @Tag(name = "resources", description = "Kinds and their objects, read as the signed-in user"),
            @Tag(name = "plugins", description = "Installed plugins and their UI bundles"),
            @Tag(name = "audit", description = "Who changed what through the dashboard (members of the auditors' group)"),
        },
        components = @Components(responses = {
            @APIResponse(name = ApiResponses.BAD_REQUEST, responseCode = "400",
                    description = "Bad input (the problem's field names the parameter) or a malformed identity header. "
                            + "A path the servlet container will not decode (an encoded '/', '\\', '#' or dot segment, "
                            + "a control character or NUL) is refused by Open Liberty itself before the dashboard runs: "
                            + "its own short text/html, or application/json for a JSON client, naming the path only",
                    content = {
                        @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class)),
                        @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
                        @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
                    }),
            @APIResponse(name = ApiResponses.UNAUTHENTICATED, responseCode = "401",
                    description = "No signed-in user, or identity headers from a peer that is not a trusted proxy",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.FORBIDDEN, responseCode = "403",
                    description = "The user may not do this (Kubernetes RBAC), or a reserved system: identity",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.NOT_FOUND, responseCode = "404",
                    description = "No such kind, object, plugin or file",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.NOT_ACCEPTABLE, responseCode = "406",
                    description = "The Accept header allows none of the operation's media types",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                    description = "The request body's Content-Type is not one the operation reads",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.CONFLICT, responseCode = "409",
                    description = "The Kubernetes API reports a conflict",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.GONE, responseCode = "410",
                    description = "The continue token expired: start the list again",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.UNPROCESSABLE, responseCode = "422",
                    description = "The Kubernetes API rejected the request's content",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.TOO_MANY_REQUESTS, responseCode = "429",
                    description = "The Kubernetes API is throttling",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.INTERNAL_ERROR, responseCode = "500",
                    description = "A fault of the dashboard: the problem names the request id to quote",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.BAD_GATEWAY, responseCode = "502",
                    description = "The Kubernetes API failed or refused the dashboard's own credentials",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
            @APIResponse(name = ApiResponses.UNAVAILABLE, responseCode = "503",
                    description = "The Kubernetes API server did not answer, or no cluster is configured",
                    content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
        }))
@SecurityScheme(securitySchemeName = DashboardApplication.SECURITY_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "X-Forwarded-User",
        description = "The dashboard does not sign users in itself: OAuth2-Proxy in front of it does (with its own "
                + "session cookie) and passes the user in X-Forwarded-User, with X-Forwarded-Email and "
                + "X-Forwarded-Groups. These headers are accepted only from peers in dashboard.auth.trusted-proxies "
                + "(proxy mode); clients never send them themselves. In local mode (a single-user tool on a "
                + "workstation) no identity is asked for.")
public class DashboardApplication extends Application {

    /** Name of the security scheme in /openapi. */
    public static final String SECURITY_SCHEME = "oauth2-proxy";
}
