package io.k8sdashboard.server.problem;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error response, as /openapi publishes it ({@code Problem}): what
 * {@link Problems} and {@link io.k8sdashboard.server.ops.ServletProblems} write. Documentation
 * only; the writers build the JSON themselves.
 *
 * @param type URI naming the problem; its last segment is the stable problem id
 * @param title short summary of the problem type
 * @param status the HTTP status
 * @param detail what went wrong in this request
 * @param instance the request path
 * @param requestId the request id to quote when reporting it
 * @param field the parameter at fault, for bad input
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)",
        requiredProperties = {"type", "title", "status", "detail"})
public record ProblemDetails(
        @Schema(format = "uri", example = Problems.TYPE_PREFIX + "invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(type = SchemaType.INTEGER, minimum = "400", maximum = "599") int status,
        String detail,
        @Schema(description = "the request path") String instance,
        @Schema(description = "quote it when reporting a problem; also the X-Request-Id response header") String requestId,
        @Schema(description = "the parameter at fault (bad input only)", example = "limit") String field) {
}
