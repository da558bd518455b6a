package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.DashboardPlugin;
import io.k8sdashboard.plugin.api.PluginContext;

/**
 * The resource-viewer plugin: teaches the dashboard the built-in Kubernetes kinds, one
 * {@link io.k8sdashboard.plugin.api.ResourceKindProvider} extension per kind. It needs no work on
 * start or stop; the host reads the kinds once the plugin has started.
 */
public class ResourceViewerPlugin extends DashboardPlugin {

    /** The plugin id, as in the manifest. */
    public static final String ID = "resource-viewer";

    /**
     * Created by the host.
     *
     * @param context the host's services for this plugin
     */
    public ResourceViewerPlugin(PluginContext context) {
        super(context);
    }
}
