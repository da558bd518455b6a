package io.k8sdashboard.server.problem;

import io.fabric8.kubernetes.client.utils.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds RFC 9457 {@code application/problem+json} responses: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance} (the request path), {@code requestId} and,
 * for bad input, {@code field}. Never a stack trace.
 */
public final class Problems {

    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of {@code type}; the last segment is the stable problem id. */
    public static final String TYPE_PREFIX = "https://k8s-dashboard.io/problems/";
    /** Request attribute the access-log filter stores the request id under. */
    static final String REQUEST_ID_ATTRIBUTE = "k8sdashboard.requestId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Problems() {
    }

    /**
     * A problem response.
     *
     * @param request the request, or {@code null} outside one (then no instance or request id)
     */
    public static Response response(int status, String problemType, String title, String detail, String field,
            HttpServletRequest request) {
        return builder(status, problemType, title, detail, field, request, Map.of()).build();
    }

    /** A problem response to add headers to, with extension members (e.g. {@code dependency}). */
    public static Response.ResponseBuilder builder(int status, String problemType, String title, String detail, String field,
            HttpServletRequest request, Map<String, Object> extensions) {
        // Serialized here (fabric8's Jackson), not by JSON-B: no provider needed for problem+json.
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, problemType, title, detail, field, request, extensions));
        if (status == 401 || status == 403) {
            builder.header("Cache-Control", "no-store");
        }
        return builder;
    }

    /** The problem+json body (testable without a JAX-RS runtime). */
    public static String body(int status, String problemType, String title, String detail, String field,
            HttpServletRequest request) {
        return body(status, problemType, title, detail, field, request, Map.of());
    }

    /** The problem+json body with extension members after the standard ones. */
    public static String body(int status, String problemType, String title, String detail, String field,
            HttpServletRequest request, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + problemType);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (request != null) {
            body.put("instance", request.getRequestURI());
        }
        requestId(request).ifPresent(id -> body.put("requestId", id));
        if (field != null) {
            body.put("field", field);
        }
        extensions.forEach(body::putIfAbsent);
        return Serialization.asJson(body);
    }

    /** The request id: the access-log filter's attribute, else the incoming header. */
    public static Optional<String> requestId(HttpServletRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        try {
            if (request.getAttribute(REQUEST_ID_ATTRIBUTE) instanceof String id) {
                return Optional.of(id);
            }
            String header = request.getHeader(REQUEST_ID_HEADER);
            return header == null || header.isBlank() || header.length() > 64 ? Optional.empty() : Optional.of(header);
        } catch (RuntimeException e) {
            return Optional.empty(); // no active request behind the proxy
        }
    }
}
