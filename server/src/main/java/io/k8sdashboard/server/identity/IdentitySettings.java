package io.k8sdashboard.server.identity;

import io.k8sdashboard.server.kube.AuthMode;
import io.k8sdashboard.server.kube.ClusterConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity configuration: {@code dashboard.auth.mode} ({@code proxy} | {@code local}; unset:
 * the cluster connection's default), {@code dashboard.auth.trusted-proxies} and
 * {@code dashboard.auth.local-user}. Validated when the application starts, so a malformed CIDR
 * or mode stops the deployment with a message naming the key instead of failing open later.
 */
@ApplicationScoped
public class IdentitySettings {

    static final String MODE_KEY = "dashboard.auth.mode";

    private static final Logger LOG = Logger.getLogger(IdentitySettings.class.getName());

    @Inject
    @ConfigProperty(name = MODE_KEY)
    Optional<String> mode;

    @Inject
    @ConfigProperty(name = "dashboard.auth.trusted-proxies", defaultValue = TrustedProxies.DEFAULT)
    String trustedProxies;

    @Inject
    @ConfigProperty(name = "dashboard.auth.local-user", defaultValue = "local")
    String localUser;

    @Inject
    Instance<ClusterConnection> connection;

    private volatile IdentityResolver resolver;

    void onStartup(@Observes Startup startup) {
        resolver();
    }

    /** The resolver for the configured mode, built (and validated) once. */
    public IdentityResolver resolver() {
        IdentityResolver current = resolver;
        if (current == null) {
            synchronized (this) {
                if (resolver == null) {
                    resolver = build();
                }
                current = resolver;
            }
        }
        return current;
    }

    private IdentityResolver build() {
        boolean proxy = proxyMode();
        IdentityResolver built;
        if (proxy) {
            TrustedProxies proxies = TrustedProxies.parse(trustedProxies);
            built = IdentityResolver.proxy(proxies);
            LOG.info(() -> "Identity: proxy mode, identity headers trusted from " + proxies);
        } else {
            String user = localUser.trim();
            if (user.isEmpty() || IdentityHeaders.invalid("dashboard.auth.local-user", user, IdentityHeaders.MAX_NAME).isPresent()) {
                throw new IllegalArgumentException("dashboard.auth.local-user must be a short printable name");
            }
            built = IdentityResolver.local(user);
            LOG.info(() -> "Identity: local mode, every request acts as '" + user
                    + "' with the dashboard's own credentials");
        }
        return built;
    }

    private boolean proxyMode() {
        if (mode.isPresent() && !mode.get().isBlank()) {
            return switch (mode.get().trim().toLowerCase(Locale.ROOT)) {
                case "proxy" -> true;
                case "local" -> false;
                default -> throw new IllegalArgumentException(MODE_KEY + " must be 'proxy' or 'local', got '"
                        + mode.get() + "'");
            };
        }
        // Unset: the cluster connection knows (local for the demo and a kubeconfig). Without one,
        // proxy: the mode that trusts nobody by default.
        return !connection.isResolvable() || connection.get().defaultAuthMode() != AuthMode.LOCAL;
    }
}
