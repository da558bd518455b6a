package io.k8sdashboard.server.actions;

import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.server.plugins.PluginHost;
import io.k8sdashboard.server.resources.ActionInfo;
import io.k8sdashboard.server.resources.KindActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The actions of started plugins, by kind and id, read once when the plugin host's list first
 * appears (plugins change only at start). A second action with the same kind and id is skipped
 * and logged: the first one, in plugin-id order, wins. An action that throws while describing
 * itself is skipped and logged.
 */
@ApplicationScoped
public class ActionCatalogue implements KindActions {

    private static final Logger LOG = Logger.getLogger(ActionCatalogue.class.getName());

    @Inject
    Instance<PluginHost> host;

    private Supplier<List<ResourceAction>> source;
    private Function<ResourceAction, Optional<String>> owners;
    private volatile Read read;

    /** The actions read from one list of extensions, by kind then id. */
    private record Read(List<ResourceAction> from, Map<String, Map<String, PluginAction>> byKind) {
    }

    /** For CDI. */
    public ActionCatalogue() {
    }

    /** For tests: actions and the plugin owning each. */
    public ActionCatalogue(Supplier<List<ResourceAction>> source, Function<ResourceAction, Optional<String>> owners) {
        this.source = source;
        this.owners = owners;
    }

    /** The action {@code id} on the kind served under {@code kindName}, if a plugin offers it. */
    public Optional<PluginAction> find(String kindName, String id) {
        return Optional.ofNullable(read().byKind().getOrDefault(kindName, Map.of()).get(id));
    }

    @Override
    public List<ActionInfo> forKind(String resourceName) {
        return read().byKind().getOrDefault(resourceName, Map.of()).values().stream().map(PluginAction::info).toList();
    }

    private Read read() {
        List<ResourceAction> actions = actions();
        Read known = read;
        if (known != null && known.from() == actions) {
            return known;
        }
        synchronized (this) {
            known = read;
            if (known == null || known.from() != actions) {
                known = new Read(actions, index(actions));
                read = known;
            }
            return known;
        }
    }

    private List<ResourceAction> actions() {
        if (source != null) {
            return source.get();
        }
        return host != null && host.isResolvable() ? host.get().actions() : List.of();
    }

    private Optional<String> owner(ResourceAction action) {
        return owners != null ? owners.apply(action) : host.get().pluginOf(action);
    }

    private Map<String, Map<String, PluginAction>> index(List<ResourceAction> actions) {
        Map<String, Map<String, PluginAction>> byKind = new LinkedHashMap<>();
        for (ResourceAction action : actions) {
            PluginAction read;
            try {
                String pluginId = owner(action).orElseThrow(() -> new IllegalStateException("no started plugin lists it"));
                read = PluginAction.of(pluginId, action);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Skipping action " + action.getClass().getName() + ": " + e.getMessage(), e);
                continue;
            }
            Map<String, PluginAction> ofKind = byKind.computeIfAbsent(read.kindName(), k -> new LinkedHashMap<>());
            PluginAction first = ofKind.putIfAbsent(read.id(), read);
            if (first != null) {
                LOG.warning(() -> "Action " + read.kindName() + "/" + read.id() + " of plugin " + read.pluginId()
                        + " ignored: plugin " + first.pluginId() + " offers it already");
            }
        }
        Map<String, Map<String, PluginAction>> frozen = new LinkedHashMap<>();
        byKind.forEach((kind, ofKind) -> frozen.put(kind, Collections.unmodifiableMap(ofKind)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Every action, for tests and diagnostics. */
    List<PluginAction> all() {
        List<PluginAction> all = new ArrayList<>();
        read().byKind().values().forEach(m -> all.addAll(m.values()));
        return all;
    }
}
