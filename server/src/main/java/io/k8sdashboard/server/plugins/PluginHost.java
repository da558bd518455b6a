package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.ClusterReader;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.server.events.EventBus;
import jakarta.annotation.PreDestroy;
import io.k8sdashboard.server.background.BackgroundWorkService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Owns the PF4J plugins: loads them eagerly when the application starts (MP Config
 * {@code dashboard.plugins.dir}, default {@code plugins} relative to the working directory, then
 * the directories of {@code dashboard.plugins.extra-dirs}),
 * hands the catalog of their contributions to the core, unloads them on shutdown.
 */
@ApplicationScoped
public class PluginHost implements PluginExtensions {

    static final String DIR_KEY = "dashboard.plugins.dir";
    /** Comma-separated directories loaded after {@link #DIR_KEY}: plugins added beside the built-in ones. */
    static final String EXTRA_DIRS_KEY = "dashboard.plugins.extra-dirs";

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    Config config;

    @Inject
    EventBus events;

    // Instances, not the beans: resolved per call, and the host still deploys if the Kubernetes
    // layer provides no reader/writer (plugins then get a 503 problem when they use one).
    @Inject
    Instance<ClusterReader> readers;

    @Inject
    Instance<ClusterWriter> writers;

    @Inject
    BackgroundWorkService background;

    private final Map<String, PluginContext> contexts = new ConcurrentHashMap<>();
    private volatile PluginCatalog catalog = PluginCatalog.empty();
    private volatile boolean loaded;
    private volatile String loadError;
    private PluginBootstrap bootstrap;

    void onStartup(@Observes Startup startup) {
        ensureLoaded();
    }

    /**
     * Loads the plugins unless already done. Idempotent, so that code running before the CDI
     * Startup event (the OpenAPI filter, for one) can make sure plugins are there.
     */
    public synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        List<Path> directories = directories(config.getOptionalValue(DIR_KEY, String.class).orElse("plugins"),
                config.getOptionalValue(EXTRA_DIRS_KEY, String.class).orElse(""));
        try {
            bootstrap = new PluginBootstrap(directories, this::context);
            catalog = bootstrap.start();
        } catch (RuntimeException | LinkageError e) {
            // The core keeps serving without plugins; readiness and /api/v1/plugins show why.
            loadError = PluginBootstrap.describe(e);
            LOG.log(Level.SEVERE, "Loading plugins from " + directories + " failed", e);
        } finally {
            loaded = true;
        }
    }

    /** The built-in directory first (its plugins win an id clash), then each extra one. */
    static List<Path> directories(String directory, String extraDirs) {
        List<Path> directories = new ArrayList<>();
        directories.add(Path.of(directory.trim()));
        for (String extra : extraDirs.split(",")) {
            if (!extra.isBlank()) {
                directories.add(Path.of(extra.trim()));
            }
        }
        return directories;
    }

    @PreDestroy
    synchronized void shutdown() {
        if (bootstrap != null) {
            try {
                bootstrap.unload();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Unloading plugins failed", e);
            }
            bootstrap = null;
        }
        catalog = PluginCatalog.empty();
    }

    /** True once loading finished (whatever the outcome for single plugins). */
    public boolean isLoaded() {
        return loaded;
    }

    /** Why loading plugins failed as a whole, if it did. */
    public Optional<String> loadError() {
        return Optional.ofNullable(loadError);
    }

    /** The current catalog. */
    public PluginCatalog catalog() {
        return catalog;
    }

    @Override
    public List<ResourceKindProvider> kindProviders() {
        return catalog.kinds();
    }

    @Override
    public Optional<String> pluginOf(ResourceKindProvider provider) {
        String kind = provider.kind().resourceName();
        return catalog.reports().stream()
                .filter(report -> report.contributes() != null && report.contributes().kinds().contains(kind))
                .map(PluginReport::id)
                .findFirst();
    }

    @Override
    public List<ResourceAction> actions() {
        return catalog.actions();
    }

    /**
     * The id of the started plugin that contributes an action (the first one, in plugin-id order,
     * listing it as {@code <kind>/<id>} in its report), so that the action runs with that plugin's
     * context.
     */
    public Optional<String> pluginOf(ResourceAction action) {
        String name = action.kind().resourceName() + "/" + action.id();
        return catalog.reports().stream()
                .filter(report -> report.contributes() != null && report.contributes().actions().contains(name))
                .map(PluginReport::id)
                .findFirst();
    }

    /** The context the host lends a plugin, as its extensions get it. */
    public PluginContext pluginContext(String pluginId) {
        return context(pluginId);
    }

    /** The route mounted at a segment. */
    public Optional<MountedRoute> route(String segment) {
        return catalog.route(segment);
    }

    /** The context of a plugin (one per plugin, created on first use). */
    PluginContext context(String pluginId) {
        return contexts.computeIfAbsent(pluginId, id -> new HostPluginContext(id,
                () -> resolve(readers, "reader"), () -> resolve(writers, "writer"), events,
                new ConfigPluginSettings(id, key -> config.getOptionalValue(key, String.class)), background.forPlugins()));
    }

    private static <T> T resolve(Instance<T> instance, String what) {
        if (!instance.isResolvable()) {
            throw new DashboardException(503, "cluster-unavailable", "Cluster access unavailable",
                    "The dashboard has no cluster " + what + " configured");
        }
        return instance.get();
    }
}
