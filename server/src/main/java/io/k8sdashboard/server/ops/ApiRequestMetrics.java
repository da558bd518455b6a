package io.k8sdashboard.server.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@code dashboard.api.requests} timer: duration of every {@code /api} request, tagged by
 * HTTP method and status class ({@code 2xx}...). Our own timer rather than Liberty's automatic
 * {@code REST.request}: that one is tagged by Java class and method, not by status, and misses
 * requests refused before JAX-RS (401/403 from the identity filter). Tag values are bounded
 * (unknown methods become {@code OTHER}) so a client cannot grow the metric set.
 */
@ApplicationScoped
public class ApiRequestMetrics {

    static final String NAME = "dashboard.api.requests";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Inject
    Instance<MetricRegistry> registry;

    /** Records one request; never throws (metrics must not fail a request). */
    public void record(String method, int status, Duration duration) {
        try {
            if (registry.isResolvable()) {
                registry.get().timer(NAME, new Tag("method", methodTag(method)), new Tag("status", statusClass(status)))
                        .update(duration);
            }
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(ApiRequestMetrics.class.getName())
                    .log(java.util.logging.Level.FINE, "metric update failed", e);
        }
    }

    static String methodTag(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
