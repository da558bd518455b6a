package io.k8sdashboard.plugin.api;

import org.pf4j.Plugin;

/**
 * Base class of a plugin's main class (the manifest's {@code Plugin-Class}). The host creates it
 * with the plugin's {@link PluginContext}; override {@link #start()} and {@link #stop()} for work
 * the plugin must do when it is started or stopped (an exception from {@code start()} marks the
 * plugin failed; the host and the other plugins keep running).
 *
 * <p>A plugin's main class must declare a public constructor taking a {@link PluginContext}.
 *
 * @since 1.0.0
 */
public abstract class DashboardPlugin extends Plugin {

    private final PluginContext context;

    /**
     * Creates the plugin.
     *
     * @param context the services the host lends this plugin
     * @since 1.0.0
     */
    protected DashboardPlugin(PluginContext context) {
        this.context = context;
    }

    /**
     * The services the host lends this plugin.
     *
     * @return the context
     * @since 1.0.0
     */
    protected PluginContext context() {
        return context;
    }
}
