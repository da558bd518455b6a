package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.RouteContribution;
import io.k8sdashboard.plugin.api.UiContribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gathers the extensions of started plugins, one plugin at a time, refusing what would clash:
 * a second provider of a kind, a route segment that is malformed, reserved by the core or already
 * mounted, a second UI bundle. Every refusal is logged naming both plugins and recorded in the
 * refused plugin's report. An extension that throws while being asked what it is gets the same
 * treatment: it is skipped, not fatal.
 */
final class ContributionCollector {

    private static final Logger LOG = Logger.getLogger(ContributionCollector.class.getName());
    private static final Pattern BUNDLE = Pattern.compile("([A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\\.m?js");

    private final List<ResourceKindProvider> kinds = new ArrayList<>();
    private final Map<String, String> kindOwners = new LinkedHashMap<>();
    private final List<ResourceAction> actions = new ArrayList<>();
    private final Map<String, MountedRoute> routes = new LinkedHashMap<>();
    private final Map<String, PluginUi> uis = new LinkedHashMap<>();
    private final Function<String, PluginContext> contexts;

    /** @param contexts the context of each plugin, handed to its route contributions */
    ContributionCollector(Function<String, PluginContext> contexts) {
        this.contexts = contexts;
    }

    PluginReport.Contributions collect(String pluginId, ClassLoader classLoader, List<ResourceKindProvider> kindProviders,
            List<ResourceAction> pluginActions, List<RouteContribution> routeContributions,
            List<UiContribution> uiContributions, List<String> problems) {
        List<String> kindNames = new ArrayList<>();
        for (ResourceKindProvider provider : kindProviders) {
            String name;
            try {
                name = provider.kind().resourceName();
                provider.columns();
            } catch (RuntimeException e) {
                refuse(pluginId, problems, "kind provider " + provider.getClass().getName() + " is broken: "
                        + PluginBootstrap.describe(e));
                continue;
            }
            String owner = kindOwners.putIfAbsent(name, pluginId);
            if (owner != null) {
                refuse(pluginId, problems, "kind " + name + " ignored: already provided by plugin " + owner);
                continue;
            }
            kinds.add(provider);
            kindNames.add(name);
        }

        List<String> actionNames = new ArrayList<>();
        for (ResourceAction action : pluginActions) {
            try {
                actionNames.add(action.kind().resourceName() + "/" + action.id());
                actions.add(action);
            } catch (RuntimeException e) {
                refuse(pluginId, problems, "action " + action.getClass().getName() + " is broken: "
                        + PluginBootstrap.describe(e));
            }
        }

        List<String> segments = new ArrayList<>();
        for (RouteContribution route : routeContributions) {
            mount(pluginId, route, problems).ifPresent(segments::add);
        }

        PluginReport.UiInfo uiInfo = null;
        for (UiContribution ui : uiContributions) {
            if (uiInfo != null) {
                refuse(pluginId, problems, "second UI bundle " + ui.getClass().getName() + " ignored: one per plugin");
                continue;
            }
            try {
                String bundle = ui.bundle();
                if (bundle == null || !BUNDLE.matcher(bundle).matches()) {
                    refuse(pluginId, problems, "UI bundle path '" + bundle
                            + "' refused: must be a relative path to a .js file, like ui/index.js");
                    continue;
                }
                List<String> slots = ui.slots().stream().map(Enum::name).toList();
                PluginUi pluginUi = new PluginUi(pluginId, bundle, slots, classLoader);
                uis.put(pluginId, pluginUi);
                uiInfo = new PluginReport.UiInfo(bundle, pluginUi.url(), slots);
            } catch (RuntimeException e) {
                refuse(pluginId, problems, "UI contribution is broken: " + PluginBootstrap.describe(e));
            }
        }
        return new PluginReport.Contributions(kindNames, actionNames, segments, uiInfo);
    }

    private Optional<String> mount(String pluginId, RouteContribution route, List<String> problems) {
        String segment;
        try {
            segment = route.segment();
        } catch (RuntimeException e) {
            refuse(pluginId, problems, "route " + route.getClass().getName() + " is broken: " + PluginBootstrap.describe(e));
            return Optional.empty();
        }
        Optional<String> invalid = RouteSegments.invalidReason(segment);
        if (invalid.isPresent()) {
            refuse(pluginId, problems, "route rejected: " + invalid.get());
            return Optional.empty();
        }
        MountedRoute existing = routes.get(segment);
        if (existing != null) {
            refuse(pluginId, problems, "route segment '" + segment + "' rejected: already mounted by plugin "
                    + existing.pluginId());
            return Optional.empty();
        }
        Object resource;
        try {
            resource = route.resource(contexts.apply(pluginId));
        } catch (RuntimeException e) {
            refuse(pluginId, problems, "route '" + segment + "' failed to create its resource: " + PluginBootstrap.describe(e));
            return Optional.empty();
        }
        if (resource == null) {
            refuse(pluginId, problems, "route '" + segment + "' returned no resource object");
            return Optional.empty();
        }
        routes.put(segment, new MountedRoute(pluginId, segment, resource));
        LOG.info(() -> "Plugin " + pluginId + " mounted /api/v1/" + segment);
        return Optional.of(segment);
    }

    private static void refuse(String pluginId, List<String> problems, String problem) {
        LOG.warning(() -> "Plugin " + pluginId + ": " + problem);
        problems.add(problem);
    }

    PluginCatalog catalog(List<PluginReport> reports) {
        return new PluginCatalog(reports, kinds, actions, routes, uis);
    }
}
