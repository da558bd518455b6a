package io.k8sdashboard.server.problem;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The dashboard's own problems (core and plugins) as problem+json with their status and type. */
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
        if (e instanceof InvalidInputException invalid) {
            return Problems.response(e.status(), e.problemType(), e.title(), e.getMessage(), invalid.field(),
                    violations(invalid), request);
        }
        return Problems.response(e.status(), e.problemType(), e.title(), e.getMessage(), null, request);
    }

    /**
     * The problem's {@code violations}: {@code null} for one (the single-field shape clients
     * already read), else every {@code {field, message}}.
     */
    static List<Map<String, String>> violations(InvalidInputException e) {
        return e.violations().size() < 2 ? null : e.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList();
    }
}
