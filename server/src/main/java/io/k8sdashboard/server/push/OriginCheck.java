package io.k8sdashboard.server.push;

import io.k8sdashboard.server.web.AllowedHosts;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a WebSocket handshake's {@code Origin} may open a socket: an origin whose host is one
 * the dashboard answers for ({@link AllowedHosts}: loopback and {@code dashboard.http.allowed-hosts}),
 * or one of {@code dashboard.ws.allowed-origins}. This stops cross-site WebSocket hijacking: a page
 * on another site opening {@code /ws} with the user's proxy cookie (browsers send cookies on
 * WebSocket handshakes and always send Origin). The Origin is not compared with the request's
 * {@code Host}: after DNS rebinding both name the attacker's site.
 *
 * <p>A handshake without Origin does not come from a browser (browsers always send it on
 * WebSockets), so that attack cannot produce it; such clients (CLI tools, tests) still need an
 * identity. They are accepted unless {@code dashboard.ws.allow-missing-origin=false}.
 * {@code Origin: null} (sandboxed frames, {@code file:} pages) is a browser and is refused unless listed.
 */
final class OriginCheck {

    private final Set<String> allowed;
    private final AllowedHosts hosts;
    private final boolean allowMissing;

    OriginCheck(List<String> allowedOrigins, AllowedHosts hosts, boolean allowMissing) {
        this.allowed = allowedOrigins.stream().map(OriginCheck::normalize).filter(o -> o != null)
                .collect(Collectors.toUnmodifiableSet());
        this.hosts = hosts;
        this.allowMissing = allowMissing;
    }

    /** @param origin the Origin header, {@code null} when absent */
    boolean allows(String origin) {
        if (origin == null || origin.isBlank()) {
            return allowMissing;
        }
        String normalized = normalize(origin);
        if (normalized == null) {
            return allowed.contains(origin.trim().toLowerCase(Locale.ROOT));
        }
        if (allowed.contains(normalized)) {
            return true;
        }
        return hosts.allowsName(URI.create(normalized).getHost());
    }

    /** {@code scheme://host[:port]} in lower case without a default port, or {@code null} when not such an origin. */
    static String normalize(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null || uri.getRawUserInfo() != null
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == defaultPort(scheme);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
