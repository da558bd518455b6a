package io.k8sdashboard.server.problem;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.server.resilience.DependencyUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kubernetes API errors as problems. The API server's answer to the user's own request passes
 * through with its status (403 stays 403, 409 stays 409) and message, which names the user and
 * the missing permission. No answer at all (connection failure, timeout, the circuit breaker open,
 * the API server's own 503/504) is 503 "dependency-unavailable" naming the {@code dependency}
 * ({@code kubernetes}), with {@code Retry-After} while the breaker is open. Errors that are the
 * dashboard's fault (its credentials rejected, server errors) become 502. A rejected object
 * (400, 422) names the field the API server blames as the problem's {@code field}.
 */
@Provider
public class KubernetesClientExceptionMapper implements ExceptionMapper<KubernetesClientException> {

    private static final Logger LOG = Logger.getLogger(KubernetesClientExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(KubernetesClientException e) {
        Mapped mapped = map(e);
        if (mapped.status() >= 500) {
            LOG.log(Level.WARNING, "Kubernetes API failure (request " + Problems.requestId(request).orElse("-") + "): " + e.getMessage(), e);
        }
        if (mapped.dependency() == null) {
            return Problems.response(mapped.status(), mapped.type(), mapped.title(), mapped.detail(), field(e), request);
        }
        Response.ResponseBuilder response = Problems.builder(mapped.status(), mapped.type(), mapped.title(), mapped.detail(),
                null, request, Map.of("dependency", mapped.dependency()));
        DependencyUnavailableException open = DependencyUnavailableException.in(e);
        return (open == null ? response : response.header("Retry-After", open.retryAfterSeconds())).build();
    }

    /**
     * The field the API server blames for a rejected object (its first
     * {@code StatusDetails.causes[].field}, such as {@code spec.replicas}), or {@code null}.
     */
    public static String field(KubernetesClientException e) {
        if (e.getCode() != 400 && e.getCode() != 422 || e.getStatus() == null || e.getStatus().getDetails() == null
                || e.getStatus().getDetails().getCauses() == null) {
            return null;
        }
        return e.getStatus().getDetails().getCauses().stream()
                .map(cause -> cause.getField())
                .filter(f -> f != null && !f.isBlank())
                .findFirst().orElse(null);
    }

    /** The problem for an exception (public for tests). */
    public static Mapped map(KubernetesClientException e) {
        int code = e.getCode();
        String apiMessage = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : null;
        DependencyUnavailableException open = DependencyUnavailableException.in(e);
        if (open != null) {
            return unavailable(open.getMessage());
        }
        if (code <= 0) {
            // No HTTP answer: an I/O failure means the API server is unreachable; anything else
            // (say, an unreadable answer) is the dashboard's side of the conversation failing.
            return hasIoCause(e)
                    ? unavailable("The Kubernetes API server did not answer: " + rootMessage(e))
                    : new Mapped(502, "kubernetes-error", "Kubernetes API error",
                            "The Kubernetes API call failed: " + rootMessage(e));
        }
        return switch (code) {
            case 400 -> new Mapped(400, "bad-request", "Bad request", detail(apiMessage, "The Kubernetes API rejected the request"));
            case 403 -> new Mapped(403, "forbidden", "Forbidden", detail(apiMessage, "The Kubernetes API refused access"));
            case 404 -> new Mapped(404, "resource-not-found", "Not found", detail(apiMessage, "Not found"));
            case 409 -> new Mapped(409, "conflict", "Conflict", detail(apiMessage, "The object changed or already exists"));
            case 410 -> new Mapped(410, "expired", "Gone",
                    detail(apiMessage, "The continue token or resource version expired: start the list again"));
            // The API server does not take this patch type for the kind (strategic merge on a custom resource).
            case 415 -> new Mapped(415, "unsupported-media-type", "Unsupported media type",
                    detail(apiMessage, "The Kubernetes API does not accept this patch type for the kind"));
            case 422 -> new Mapped(422, "invalid-object", "Invalid object", detail(apiMessage, "The Kubernetes API rejected the object"));
            case 503, 504 -> unavailable("The Kubernetes API server answered " + code + (apiMessage == null ? "" : ": " + apiMessage));
            case 429 -> new Mapped(429, "too-many-requests", "Too many requests", detail(apiMessage, "The Kubernetes API is throttling"));
            default -> new Mapped(502, "kubernetes-error", "Kubernetes API error",
                    "The Kubernetes API answered " + code + (apiMessage == null ? "" : ": " + apiMessage));
        };
    }

    private static Mapped unavailable(String detail) {
        return new Mapped(503, "dependency-unavailable", "Dependency unavailable", detail, "kubernetes");
    }

    private static String detail(String apiMessage, String fallback) {
        return apiMessage == null || apiMessage.isBlank() ? fallback : apiMessage;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * A mapped problem.
     *
     * @param status HTTP status
     * @param type problem id
     * @param title title
     * @param detail detail
     * @param dependency the dependency that is down ({@code kubernetes}), else {@code null}
     */
    public record Mapped(int status, String type, String title, String detail, String dependency) {

        public Mapped(int status, String type, String title, String detail) {
            this(status, type, title, detail, null);
        }
    }
}
