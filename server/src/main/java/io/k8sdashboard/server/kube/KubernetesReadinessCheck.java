package io.k8sdashboard.server.kube;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kubernetes API answers /version (cached a few seconds by {@link ClusterConnection}).
 * Its data also holds the {@code kubernetes} circuit breaker's state ({@code closed}, {@code open},
 * {@code half-open}). {@code /health} answers anyone without sign-in, so it names neither the API server's address nor
 * the error (which contains it): both are at {@code /api/v1/cluster} for signed-in users.
 */
@Readiness
@ApplicationScoped
public class KubernetesReadinessCheck implements HealthCheck {

    @Inject
    ClusterConnection connection;

    @Override
    public HealthCheckResponse call() {
        ClusterStatus status = connection.status();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kubernetes-api").status(status.reachable());
        ClusterMode mode = connection.mode();
        builder.withData("mode", mode == null ? "none" : mode.wireName());
        // The breaker's state tells an operator whether the dashboard is failing calls fast right now.
        builder.withData("breaker", connection.policy().breaker().state().wireName());
        if (status.version() != null) {
            builder.withData("version", status.version());
        }
        if (status.error() != null) {
            builder.withData("error", "unreachable; details at /api/v1/cluster for signed-in users");
        }
        return builder.build();
    }
}
