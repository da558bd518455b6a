package io.k8sdashboard.server.push;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a WebSocket handshake's {@code Origin} may open a socket: the same origin (the Origin's
 * host and port equal the request's {@code Host}), or one of {@code dashboard.ws.allowed-origins}.
 * This stops cross-site WebSocket hijacking: a page on another site opening {@code /ws} with the
 * user's proxy cookie (browsers send cookies on WebSocket handshakes and always send Origin).
 *
 * <p>A handshake without Origin does not come from a browser (browsers always send it on
 * WebSockets), so that attack cannot produce it; such clients (CLI tools, tests) still need an
 * identity. They are accepted unless {@code dashboard.ws.allow-missing-origin=false}.
 * {@code Origin: null} (sandboxed frames, {@code file:} pages) is a browser and is refused unless listed.
 *
 * <p>Behind a proxy that rewrites {@code Host}, list the public origin in {@code dashboard.ws.allowed-origins}.
 */
final class OriginCheck {

    private final Set<String> allowed;
    private final boolean allowMissing;

    OriginCheck(List<String> allowedOrigins, boolean allowMissing) {
        this.allowed = allowedOrigins.stream().map(OriginCheck::normalize).filter(o -> o != null)
                .collect(Collectors.toUnmodifiableSet());
        this.allowMissing = allowMissing;
    }

    /**
     * @param origin the Origin header, {@code null} when absent
     * @param host the Host header, {@code null} when absent
     */
    boolean allows(String origin, String host) {
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
        return host != null && !host.isBlank() && authority(normalized).equals(hostWithoutDefaultPort(host, scheme(normalized)));
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

    private static String scheme(String normalized) {
        return normalized.substring(0, normalized.indexOf("://"));
    }

    private static String authority(String normalized) {
        return normalized.substring(normalized.indexOf("://") + 3);
    }

    private static String hostWithoutDefaultPort(String host, String scheme) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        String suffix = ":" + defaultPort(scheme);
        return h.endsWith(suffix) ? h.substring(0, h.length() - suffix.length()) : h;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
