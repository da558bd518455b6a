package io.k8sdashboard.server.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@code application/problem+json} response from a servlet filter, where the JAX-RS
 * exception mappers do not reach (identity is decided before JAX-RS runs).
 */
public final class ServletProblems {

    /** Prefix of problem {@code type} URIs; the last segment is the stable problem id. */
    public static final String TYPE_PREFIX = "https://k8s-dashboard.io/problems/";

    private ServletProblems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status,
            String problemType, String title, String detail) throws IOException {
        String body = "{\"type\":" + Json.quote(TYPE_PREFIX + problemType)
                + ",\"title\":" + Json.quote(title)
                + ",\"status\":" + status
                + ",\"detail\":" + Json.quote(detail)
                + ",\"instance\":" + Json.quote(request.getRequestURI())
                + ",\"requestId\":" + Json.quote(RequestIds.of(request).orElse(null))
                + "}";
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // API answers stay out of caches. A 401 also carries no WWW-Authenticate challenge the
        // browser could answer: login happens at the proxy.
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
