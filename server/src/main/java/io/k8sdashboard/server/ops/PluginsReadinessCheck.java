package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.plugins.PluginHost;
import io.k8sdashboard.server.plugins.PluginReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once plugins are loaded. A failed plugin is listed but does not make the server
 * not-ready: the core and the other plugins serve fine, and taking the replica out of the load
 * balancer would turn one broken plugin into a full outage.
 */
@Readiness
@ApplicationScoped
public class PluginsReadinessCheck implements HealthCheck {

    @Inject
    PluginHost host;

    @Override
    public HealthCheckResponse call() {
        List<PluginReport> reports = host.catalog().reports();
        List<String> failed = reports.stream().filter(PluginReport::failed).map(PluginReport::id).toList();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plugins").status(host.isLoaded())
                .withData("started", reports.stream().filter(r -> "STARTED".equals(r.state())).count())
                .withData("failed", String.join(",", failed));
        host.loadError().ifPresent(error -> response.withData("loadError", error));
        return response.build();
    }
}
