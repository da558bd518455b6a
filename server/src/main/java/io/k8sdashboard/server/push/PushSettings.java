package io.k8sdashboard.server.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code dashboard.ws.*} settings of the WebSocket at {@code /ws}:
 * <ul>
 * <li>{@code allowed-origins}: origins ({@code https://dash.example.com}) allowed besides those
 *     of the host names the dashboard answers for ({@code dashboard.http.allowed-hosts});</li>
 * <li>{@code allow-missing-origin} (default true): whether a handshake without Origin (not a
 *     browser: CLI tools, tests) is accepted; see {@link OriginCheck};</li>
 * <li>{@code recheck-seconds} (20): how often each subscription's access is asked again;</li>
 * <li>{@code queue-size} (1000): pending messages per session before it is resynced;</li>
 * <li>{@code max-message-bytes} (8192): largest message a client may send;</li>
 * <li>{@code max-subscriptions} (32): subscriptions per session;</li>
 * <li>{@code snapshot-page-size} (500): rows per snapshot message.</li>
 * </ul>
 */
@ApplicationScoped
public class PushSettings {

    @Inject
    @ConfigProperty(name = "dashboard.ws.allowed-origins")
    Optional<String> allowedOrigins;
    @Inject
    @ConfigProperty(name = "dashboard.ws.allow-missing-origin", defaultValue = "true")
    boolean allowMissingOrigin;
    @Inject
    @ConfigProperty(name = "dashboard.ws.recheck-seconds", defaultValue = "20")
    int recheckSeconds;
    @Inject
    @ConfigProperty(name = "dashboard.ws.queue-size", defaultValue = "1000")
    int queueSize;
    @Inject
    @ConfigProperty(name = "dashboard.ws.max-message-bytes", defaultValue = "8192")
    int maxMessageBytes;
    @Inject
    @ConfigProperty(name = "dashboard.ws.max-subscriptions", defaultValue = "32")
    int maxSubscriptions;
    @Inject
    @ConfigProperty(name = "dashboard.ws.snapshot-page-size", defaultValue = "500")
    int snapshotPageSize;

    /** For CDI. */
    public PushSettings() {
    }

    /** For tests. */
    PushSettings(String allowedOrigins, boolean allowMissingOrigin, int recheckSeconds, int queueSize, int maxMessageBytes,
            int maxSubscriptions, int snapshotPageSize) {
        this.allowedOrigins = Optional.ofNullable(allowedOrigins);
        this.allowMissingOrigin = allowMissingOrigin;
        this.recheckSeconds = recheckSeconds;
        this.queueSize = queueSize;
        this.maxMessageBytes = maxMessageBytes;
        this.maxSubscriptions = maxSubscriptions;
        this.snapshotPageSize = snapshotPageSize;
    }

    /** The defaults (tests). */
    static PushSettings defaults() {
        return new PushSettings(null, true, 20, 1000, 8192, 32, 500);
    }

    List<String> allowedOrigins() {
        return allowedOrigins.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    boolean allowMissingOrigin() {
        return allowMissingOrigin;
    }

    int recheckSeconds() {
        return Math.max(1, recheckSeconds);
    }

    int queueSize() {
        return Math.max(1, queueSize);
    }

    int maxMessageBytes() {
        return Math.max(256, maxMessageBytes);
    }

    int maxSubscriptions() {
        return Math.max(1, maxSubscriptions);
    }

    int snapshotPageSize() {
        return Math.max(1, snapshotPageSize);
    }
}
