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
        boolean proxy = mode() == AuthMode.PROXY;
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

    /**
     * The mode in effect: {@code dashboard.auth.mode} when set, else the cluster connection's
     * default (local for the demo and a kubeconfig). Without a connection, proxy: the mode that
     * trusts nobody by default.
     */
    public AuthMode mode() {
        if (mode.isPresent() && !mode.get().isBlank()) {
            return switch (mode.get().trim().toLowerCase(Locale.ROOT)) {
                case "proxy" -> AuthMode.PROXY;
                case "local" -> AuthMode.LOCAL;
                default -> throw new IllegalArgumentException(MODE_KEY + " must be 'proxy' or 'local', got '"
                        + mode.get() + "'");
            };
        }
        return connectionDefault();
    }

    AuthMode connectionDefault() {
        return connection.isResolvable() ? connection.get().defaultAuthMode() : AuthMode.PROXY;
    }

    /**
     * For tests outside this package: settings with {@code dashboard.auth.mode} = {@code mode}
     * (null: unset) over a connection whose default is {@code connectionDefault}.
     */
    public static IdentitySettings of(String mode, AuthMode connectionDefault) {
        IdentitySettings settings = new IdentitySettings() {
            @Override
            AuthMode connectionDefault() {
                return connectionDefault;
            }
        };
        settings.mode = Optional.ofNullable(mode);
        settings.trustedProxies = TrustedProxies.DEFAULT;
        settings.localUser = "local";
        return settings;
    }
}
