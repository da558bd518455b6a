package io.k8sdashboard.server.plugins;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a plugin's route segment must meet before it is mounted under {@code /api/v1}. */
final class RouteSegments {

    /** Segments the core serves itself; a plugin claiming one would hide or be hidden by the core. */
    static final Set<String> CORE = Set.of("resources", "namespaces", "plugins", "cluster");

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private RouteSegments() {
    }

    /** Why a segment cannot be mounted at all (before looking at other plugins), or empty. */
    static Optional<String> invalidReason(String segment) {
        if (segment == null || !KEBAB.matcher(segment).matches() || segment.length() > 63) {
            return Optional.of("segment '" + segment + "' is not lowercase kebab-case (like 'deployments')");
        }
        if (CORE.contains(segment)) {
            return Optional.of("segment '" + segment + "' is reserved by the core");
        }
        return Optional.empty();
    }

    static boolean isWellFormed(String segment) {
        return segment != null && KEBAB.matcher(segment).matches();
    }
}
