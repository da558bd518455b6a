package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.PluginSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A plugin's settings: MicroProfile Config keys {@code dashboard.plugin.<id>.<key>}. */
final class ConfigPluginSettings implements PluginSettings {

    private final String prefix;
    private final Function<String, Optional<String>> config;

    /**
     * @param pluginId the plugin
     * @param config reads a full config key (MP Config in the server, a map in tests)
     */
    ConfigPluginSettings(String pluginId, Function<String, Optional<String>> config) {
        this.prefix = "dashboard.plugin." + Objects.requireNonNull(pluginId, "pluginId") + ".";
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Optional<String> get(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("setting key must not be blank");
        }
        return config.apply(prefix + key).filter(v -> !v.isEmpty());
    }
}
