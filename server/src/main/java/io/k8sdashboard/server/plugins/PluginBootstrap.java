package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.PluginApi;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.RouteContribution;
import io.k8sdashboard.plugin.api.UiContribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the plugin jars of the plugin directories (the built-in one first, then any extra ones), starts each plugin on its own (a plugin that throws is
 * FAILED and skipped, the others go on) and collects what the started ones contribute into a
 * {@link PluginCatalog}.
 *
 * <p>Plugins are handled in plugin-id order so that "first wins" for a duplicate kind or segment
 * means the same plugin on every replica and every restart. A plugin id found in two directories
 * is loaded from the first one only (PF4J logs the other as already loaded).
 */
final class PluginBootstrap {

    private static final Logger LOG = Logger.getLogger(PluginBootstrap.class.getName());

    private final List<Path> directories;
    private final Function<String, PluginContext> contexts;
    private DashboardPluginManager manager;

    PluginBootstrap(Path directory, Function<String, PluginContext> contexts) {
        this(List.of(directory), contexts);
    }

    PluginBootstrap(List<Path> directories, Function<String, PluginContext> contexts) {
        this.directories = List.copyOf(directories);
        this.contexts = contexts;
    }

    /** Loads and starts the plugins; never throws for a faulty plugin. */
    PluginCatalog start() {
        List<Path> existing = new ArrayList<>();
        for (Path directory : directories) {
            if (Files.isDirectory(directory)) {
                existing.add(directory);
            } else {
                LOG.info(() -> "Plugin directory " + directory.toAbsolutePath() + " does not exist: skipped");
            }
        }
        if (existing.isEmpty()) {
            LOG.info("No plugin directory exists: no plugins loaded");
            return PluginCatalog.empty();
        }
        LOG.info(() -> "Loading plugins from " + existing.stream().map(Path::toAbsolutePath).toList()
                + " (plugin API " + PluginApi.VERSION + ")");
        manager = new DashboardPluginManager(existing, contexts);
        manager.loadPlugins();

        List<PluginWrapper> plugins = new ArrayList<>(manager.getPlugins());
        plugins.sort(Comparator.comparing(PluginWrapper::getPluginId));

        Map<String, String> errors = new LinkedHashMap<>();
        for (PluginWrapper plugin : plugins) {
            startOne(plugin).ifPresent(error -> errors.put(plugin.getPluginId(), error));
        }

        ContributionCollector collector = new ContributionCollector(contexts);
        List<PluginReport> reports = new ArrayList<>();
        for (PluginWrapper plugin : plugins) {
            PluginReport.Contributions contributes = PluginReport.Contributions.NONE;
            List<String> problems = new ArrayList<>();
            if (plugin.getPluginState() == PluginState.STARTED) {
                contributes = collector.collect(plugin.getPluginId(), plugin.getPluginClassLoader(),
                        manager.getExtensions(ResourceKindProvider.class, plugin.getPluginId()),
                        manager.getExtensions(ResourceAction.class, plugin.getPluginId()),
                        manager.getExtensions(RouteContribution.class, plugin.getPluginId()),
                        manager.getExtensions(UiContribution.class, plugin.getPluginId()),
                        problems);
            }
            reports.add(report(plugin, errors.get(plugin.getPluginId()), problems, contributes));
        }
        LOG.info(() -> "Plugins: " + reports.stream().map(r -> r.id() + "=" + r.state()).toList());
        return collector.catalog(reports);
    }

    /** Unloads every plugin (stopping the started ones). Not stopPlugins(): PF4J issue 656 CME. */
    void unload() {
        if (manager != null) {
            manager.unloadPlugins();
        }
    }

    /** Starts one plugin; returns why it is not started, if it is not. */
    private Optional<String> startOne(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        PluginDescriptor descriptor = plugin.getDescriptor();
        if (plugin.getPluginState() == PluginState.DISABLED) {
            // Never call startPlugin on a disabled plugin: PF4J would try to enable it.
            String reason = requiresSatisfied(descriptor)
                    ? "disabled (listed in disabled.txt or missing from enabled.txt)"
                    : "requires plugin API " + descriptor.getRequires() + " but this dashboard provides "
                            + PluginApi.VERSION;
            LOG.warning(() -> "Plugin " + id + " not started: " + reason);
            return Optional.of(reason);
        }
        if (!manager.getResolvedPlugins().contains(plugin)) {
            String reason = "dependencies not resolved: " + descriptor.getDependencies();
            LOG.warning(() -> "Plugin " + id + " not started: " + reason);
            return Optional.of(reason);
        }
        PluginState state;
        try {
            state = manager.startPlugin(id);
        } catch (RuntimeException | LinkageError e) {
            // PF4J catches start() failures itself; this guards against anything it lets through.
            plugin.setPluginState(PluginState.FAILED);
            plugin.setFailedException(e);
            state = PluginState.FAILED;
        }
        if (state == PluginState.STARTED) {
            return Optional.empty();
        }
        Throwable cause = plugin.getFailedException();
        String reason = cause == null ? "not started (state " + state + ")" : describe(cause);
        LOG.log(Level.SEVERE, "Plugin " + id + " failed to start and is skipped: " + reason, cause);
        return Optional.of(reason);
    }

    private boolean requiresSatisfied(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires();
        return requires == null || requires.isBlank() || "*".equals(requires.trim())
                || manager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires.trim());
    }

    private static PluginReport report(PluginWrapper plugin, String error, List<String> problems,
            PluginReport.Contributions contributes) {
        PluginDescriptor d = plugin.getDescriptor();
        String state = plugin.getPluginState() == PluginState.CREATED && error != null
                ? "UNRESOLVED" : plugin.getPluginState().name();
        return new PluginReport(d.getPluginId(), d.getVersion(), d.getPluginDescription(), d.getProvider(),
                d.getRequires(), state, error, problems, contributes);
    }

    /** The innermost cause, as "Type: message": what a plugin author needs to see first. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        if (root != error && error.getMessage() != null) {
            text = error.getMessage() + " (" + text + ")";
        }
        return text;
    }
}
