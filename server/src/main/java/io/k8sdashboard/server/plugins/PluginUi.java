package io.k8sdashboard.server.plugins;

import java.util.List;
import java.util.Objects;

/**
 * A started plugin's UI bundle and where its files come from.
 *
 * @param pluginId the plugin
 * @param bundle the bundle's path inside the jar ("ui/index.js")
 * @param slots the slots it fills
 * @param classLoader the plugin's class loader, the only place its files are read from
 */
public record PluginUi(String pluginId, String bundle, List<String> slots, ClassLoader classLoader) {

    public PluginUi {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(classLoader, "classLoader");
        slots = List.copyOf(slots);
    }

    /** The directory holding the bundle ("ui/"), under which every served file must lie. */
    public String directory() {
        int slash = bundle.lastIndexOf('/');
        return slash < 0 ? "" : bundle.substring(0, slash + 1);
    }

    /** The bundle's file name relative to {@link #directory()}. */
    public String entryFile() {
        return bundle.substring(directory().length());
    }

    /** Where the browser loads the bundle. */
    public String url() {
        return "/api/v1/plugins/" + pluginId + "/ui/" + entryFile();
    }
}
