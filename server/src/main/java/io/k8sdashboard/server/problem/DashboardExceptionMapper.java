package io.k8sdashboard.server.problem;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.ratelimit.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's own problems (core and plugins) as problem+json with their status and type; a
 * rate-limit refusal raised inside the request (a plugin action's mutation) also gets
 * {@code Retry-After}, as the filter's refusals do.
 */
@Provider
public class DashboardExceptionMapper implements ExceptionMapper<DashboardException> {

    private static final Logger LOG = Logger.getLogger(DashboardExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(DashboardException e) {
        if (e.status() >= 500) {
            LOG.log(Level.WARNING, "Problem " + e.problemType() + " (request " + Problems.requestId(request).orElse("-") + "): "
                    + e.getMessage(), e.getCause());
        }
        Response response = e instanceof InvalidInputException invalid
                ? Problems.builder(e.status(), e.problemType(), e.title(), e.getMessage(), invalid.field(), request, violations(invalid)).build()
                : Problems.response(e.status(), e.problemType(), e.title(), e.getMessage(), null, request);
        if (e instanceof RateLimitedException limited) {
            return Response.fromResponse(response).header("Retry-After", Long.toString(limited.retryAfterSeconds())).build();
        }
        return response;
    }

    /**
     * The problem's extension member {@code violations}: none for one violation (the single-field
     * shape clients already read), else every {@code {field, message}}.
     */
    static Map<String, Object> violations(InvalidInputException e) {
        return e.violations().size() < 2 ? Map.of() : Map.of("violations", e.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }
}
