package io.k8sdashboard.server.plugins;

import java.util.Objects;

/**
 * A plugin's JAX-RS object mounted at {@code /api/v1/<segment>}.
 *
 * @param pluginId the plugin that contributed it
 * @param segment the path segment
 * @param resource the JAX-RS object returned by the core's sub-resource locator
 */
public record MountedRoute(String pluginId, String segment, Object resource) {

    public MountedRoute {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(resource, "resource");
    }
}
