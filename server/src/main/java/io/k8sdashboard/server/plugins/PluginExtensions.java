package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;

/** What started plugins contribute, for the parts of the core that serve it. */
public interface PluginExtensions {

    /** Kind providers of every started plugin, in load order (duplicates already dropped). */
    List<ResourceKindProvider> kindProviders();

    /** Actions of every started plugin. */
    List<ResourceAction> actions();

    /** The id of the plugin that contributes a kind, so users see where a kind comes from. */
    Optional<String> pluginOf(ResourceKindProvider provider);
}
