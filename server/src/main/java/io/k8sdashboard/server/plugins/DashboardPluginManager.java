package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.PluginApi;
import io.k8sdashboard.plugin.api.PluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginFactory;

/**
 * PF4J's jar plugin manager with the dashboard's plugin factory, enforcing {@code Plugin-Requires}
 * against {@link PluginApi#VERSION} (PF4J skips the check unless a system version is set).
 */
final class DashboardPluginManager extends JarPluginManager {

    private final Function<String, PluginContext> contexts;

    /** Loads the plugin jars of every root, in order: for a plugin id found twice the first root wins. */
    DashboardPluginManager(List<Path> pluginsRoots, Function<String, PluginContext> contexts) {
        super(pluginsRoots.toArray(Path[]::new));
        this.contexts = contexts;
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected PluginFactory createPluginFactory() {
        // Called from the super constructor, before this.contexts is assigned: look it up late.
        return new DashboardPluginFactory(id -> contexts.apply(id));
    }
}
