package io.k8sdashboard.server.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always UP: with Redis down every request is still served from local state, and taking replicas
 * out of the load balancer because a shared cache is gone would turn a degradation into an
 * outage. Its data says {@code redis: up | down | not-configured} for whoever watches.
 */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements HealthCheck {

    @Inject
    RedisConnection connection;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("redis").up()
                .withData("redis", connection.state().wireName())
                .withData("replicaId", connection.replicaId())
                .build();
    }
}
