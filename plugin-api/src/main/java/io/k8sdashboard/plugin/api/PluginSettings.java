package io.k8sdashboard.plugin.api;

import java.util.Optional;

/**
 * A plugin's configuration: MicroProfile Config keys {@code dashboard.plugin.<plugin-id>.<key>},
 * so they can be set in server.xml, environment variables or system properties.
 *
 * @since 1.0.0
 */
public interface PluginSettings {

    /**
     * Reads a setting.
     *
     * @param key the key after the plugin prefix ("chartmuseum.url")
     * @return the value, empty when unset
     * @since 1.0.0
     */
    Optional<String> get(String key);

    /**
     * Reads a setting with a default.
     *
     * @param key the key after the plugin prefix
     * @param defaultValue returned when unset
     * @return the value
     * @since 1.0.0
     */
    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /**
     * Reads a whole-number setting.
     *
     * @param key the key after the plugin prefix
     * @param defaultValue returned when unset
     * @return the value
     * @throws InvalidInputException when set but not a number
     * @since 1.0.0
     */
    default int getInt(String key, int defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "must be a whole number, got '" + value.get() + "'");
        }
    }
}
