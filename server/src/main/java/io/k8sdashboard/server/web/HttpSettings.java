package io.k8sdashboard.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code dashboard.http.*} settings: {@value AllowedHosts#KEY}, the public host names the
 * dashboard answers for besides loopback. Validated when the application starts, so a malformed
 * entry stops the deployment with a message naming the key.
 */
@ApplicationScoped
public class HttpSettings {

    private static final Logger LOG = Logger.getLogger(HttpSettings.class.getName());

    @Inject
    @ConfigProperty(name = AllowedHosts.KEY)
    Optional<String> allowedHosts;

    private volatile AllowedHosts parsed;

    void onStartup(@Observes Startup startup) {
        AllowedHosts hosts = allowedHosts();
        LOG.info(() -> "HTTP: answering for the host names " + hosts);
    }

    /** The allowed host names, parsed once. */
    public AllowedHosts allowedHosts() {
        AllowedHosts current = parsed;
        if (current == null) {
            current = AllowedHosts.parse(allowedHosts.orElse(null));
            parsed = current;
        }
        return current;
    }
}
