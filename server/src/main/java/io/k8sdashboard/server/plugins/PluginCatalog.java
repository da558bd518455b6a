package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of what the plugins that were loaded contribute, built once at load and
 * then read by many request threads without locking.
 */
public final class PluginCatalog {

    private final List<PluginReport> reports;
    private final List<ResourceKindProvider> kinds;
    private final List<ResourceAction> actions;
    private final Map<String, MountedRoute> routes;
    private final Map<String, PluginUi> uis;

    PluginCatalog(List<PluginReport> reports, List<ResourceKindProvider> kinds, List<ResourceAction> actions,
            Map<String, MountedRoute> routes, Map<String, PluginUi> uis) {
        this.reports = List.copyOf(reports);
        this.kinds = List.copyOf(kinds);
        this.actions = List.copyOf(actions);
        this.routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        this.uis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uis));
    }

    static PluginCatalog empty() {
        return new PluginCatalog(List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    /** Every plugin found, in plugin-id order, whatever its state. */
    public List<PluginReport> reports() {
        return reports;
    }

    public Optional<PluginReport> report(String pluginId) {
        return reports.stream().filter(r -> r.id().equals(pluginId)).findFirst();
    }

    /** Kind providers of started plugins, duplicates dropped (first wins). */
    public List<ResourceKindProvider> kinds() {
        return kinds;
    }

    public List<ResourceAction> actions() {
        return actions;
    }

    /** Mounted routes by segment. */
    public Map<String, MountedRoute> routes() {
        return routes;
    }

    public Optional<MountedRoute> route(String segment) {
        return Optional.ofNullable(routes.get(segment));
    }

    public Optional<PluginUi> ui(String pluginId) {
        return Optional.ofNullable(uis.get(pluginId));
    }
}
