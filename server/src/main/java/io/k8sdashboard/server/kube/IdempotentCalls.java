package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.StandardHttpRequest;
import java.util.Locale;

/**
 * Which API requests may be sent again after a failure without changing anything twice: reads,
 * access reviews (a POST that stores nothing) and server-side apply (the same object applied
 * twice is one change). Never a create, a delete or any other patch.
 */
final class IdempotentCalls {

    static final String APPLY_PATCH = "application/apply-patch+yaml";

    private IdempotentCalls() {
    }

    static boolean retryable(HttpRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        return switch (method) {
            case "GET", "HEAD" -> true;
            case "POST" -> isAccessReview(request.uri().getPath());
            case "PATCH" -> contentType(request).toLowerCase(Locale.ROOT).startsWith(APPLY_PATCH);
            default -> false;
        };
    }

    /** {@code .../authorization.k8s.io/v1/selfsubjectaccessreviews} and its kin: answers, never stored. */
    private static boolean isAccessReview(String path) {
        return path != null && path.contains("/authorization.k8s.io/")
                && (path.endsWith("accessreviews") || path.endsWith("rulesreviews"));
    }

    private static String contentType(HttpRequest request) {
        String type = request instanceof StandardHttpRequest standard ? standard.getContentType() : null;
        if (type == null) {
            type = request.header("Content-Type");
        }
        return type == null ? "" : type;
    }
}
