package io.k8sdashboard.server.ops;

import io.k8sdashboard.server.plugins.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the plugin host has finished loading (each plugin started or failed). */
@Startup
@ApplicationScoped
public class PluginsStartupCheck implements HealthCheck {

    @Inject
    PluginHost host;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("plugins-loaded").status(host.isLoaded()).build();
    }
}
