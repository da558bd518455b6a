package com.example.dashboard.widgets;

import io.k8sdashboard.plugin.api.DashboardPlugin;
import io.k8sdashboard.plugin.api.PluginContext;

/**
 * The plugin's main class (the manifest's {@code Plugin-Class}). The dashboard creates it with
 * this plugin's {@link PluginContext}; the extensions ({@link WidgetKind}, {@link WidgetSummaryRoute})
 * are found through their {@code @Extension} annotation.
 */
public class WidgetPlugin extends DashboardPlugin {

    /** The plugin id, as in the manifest (pom.xml: plugin.id). */
    public static final String ID = "widget-plugin";

    /**
     * Created by the dashboard.
     *
     * @param context the dashboard's services for this plugin
     */
    public WidgetPlugin(PluginContext context) {
        super(context);
    }
}
