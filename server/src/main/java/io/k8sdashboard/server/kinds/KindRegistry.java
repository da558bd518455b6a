package io.k8sdashboard.server.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.plugins.PluginExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kinds the dashboard serves: every plugin provider, plus a generic kind for each CRD found
 * through discovery (with the dashboard's own credentials; refreshed at most every 30 s). A
 * plugin's kind wins over a CRD with the same resource name. If discovery fails, plugin kinds
 * are still served, with the last CRDs known.
 *
 * <p>Plugins change only at start: their providers are read once (descriptor, columns, short
 * names, category), when the plugin host's list of providers first appears, and the indexed
 * {@link KindCatalogue} is rebuilt only when that list or the discovered CRDs change. A request
 * costs a map lookup, never a call into a plugin.
 */
@ApplicationScoped
public class KindRegistry {

    private static final Logger LOG = Logger.getLogger(KindRegistry.class.getName());
    private static final Duration CRD_CACHE = Duration.ofSeconds(30);

    @Inject
    Instance<PluginExtensions> plugins;
    @Inject
    KubernetesClients clients;

    private Supplier<List<RegisteredKind>> fixedPluginKinds;
    private PluginExtensions fixedExtensions;
    private Supplier<List<CustomResourceDefinition>> crdSource;
    private Clock clock = Clock.systemUTC();
    /** The providers the plugin kinds were read from, and the kinds. */
    private volatile PluginKinds pluginKinds;
    private volatile List<RegisteredKind> crdKinds = List.of();
    private volatile Instant crdsFetched = Instant.MIN;
    private volatile Built catalogue;

    private record PluginKinds(List<ResourceKindProvider> providers, List<RegisteredKind> kinds) {
    }

    /** A catalogue and the lists it was built from (compared by identity: each list is made once). */
    private record Built(List<RegisteredKind> pluginKinds, List<RegisteredKind> crdKinds, KindCatalogue catalogue) {
    }

    /** For CDI. */
    public KindRegistry() {
    }

    /** For tests: explicit plugin kinds (asked for once) and CRD source. */
    public KindRegistry(Supplier<List<RegisteredKind>> pluginKinds, Supplier<List<CustomResourceDefinition>> crdSource) {
        this.fixedPluginKinds = pluginKinds;
        this.crdSource = crdSource;
    }

    /** For tests: plugin kinds read from a plugin host's extensions, CRDs from a source, time from a clock. */
    public KindRegistry(PluginExtensions extensions, Supplier<List<CustomResourceDefinition>> crdSource, Clock clock) {
        this.fixedExtensions = extensions;
        this.crdSource = crdSource;
        this.clock = clock;
    }

    /** Every kind: plugin kinds in load order, then CRD kinds not shadowed by a plugin kind. */
    public List<RegisteredKind> kinds() {
        return catalogue().all();
    }

    /**
     * Resolves a kubectl-style kind name.
     *
     * @throws io.k8sdashboard.plugin.api.NotFoundException 404 "unknown-kind"
     */
    public RegisteredKind resolve(String name) {
        return catalogue().resolve(name);
    }

    /** The kind served under exactly this resource name ({@code namespaces}, {@code deployments.apps}), if any. */
    public Optional<RegisteredKind> find(String resourceName) {
        return catalogue().find(resourceName);
    }

    /** The kind of objects written with this apiVersion and kind, if served. */
    public Optional<RegisteredKind> find(String apiVersion, String kind) {
        return catalogue().find(apiVersion, kind);
    }

    /** The current catalogue: rebuilt only when the plugin kinds or the CRDs changed since the last one. */
    public KindCatalogue catalogue() {
        List<RegisteredKind> plugin = pluginKinds();
        List<RegisteredKind> crds = crdKinds();
        Built built = catalogue;
        if (built != null && built.pluginKinds() == plugin && built.crdKinds() == crds) {
            return built.catalogue();
        }
        synchronized (this) {
            built = catalogue;
            if (built == null || built.pluginKinds() != plugin || built.crdKinds() != crds) {
                built = new Built(plugin, crds, KindCatalogue.merge(plugin, crds));
                catalogue = built;
            }
            return built.catalogue();
        }
    }

    private List<RegisteredKind> pluginKinds() {
        PluginExtensions extensions = extensions();
        List<ResourceKindProvider> providers = extensions == null ? List.of() : extensions.kindProviders();
        PluginKinds known = pluginKinds;
        if (known != null && (known.providers() == providers || known.providers().equals(providers))) {
            return known.kinds();
        }
        synchronized (this) {
            known = pluginKinds;
            if (known != null && known.providers().equals(providers)) {
                return known.kinds();
            }
            List<RegisteredKind> kinds = fixedPluginKinds != null ? List.copyOf(fixedPluginKinds.get()) : read(extensions, providers);
            pluginKinds = new PluginKinds(providers, kinds);
            return kinds;
        }
    }

    /** The plugin host's extensions; {@code null} when there is none (tests, a core without plugins). */
    private PluginExtensions extensions() {
        if (fixedExtensions != null) {
            return fixedExtensions;
        }
        if (fixedPluginKinds != null || plugins == null || !plugins.isResolvable()) {
            return null;
        }
        return plugins.get();
    }

    private static List<RegisteredKind> read(PluginExtensions extensions, List<ResourceKindProvider> providers) {
        List<RegisteredKind> kinds = new ArrayList<>();
        for (ResourceKindProvider p : providers) {
            try {
                kinds.add(RegisteredKind.of(p, extensions.pluginOf(p).orElse(RegisteredKind.PLUGIN)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Skipping kind provider " + p.getClass().getName() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(kinds);
    }

    private List<RegisteredKind> crdKinds() {
        Instant now = clock.instant();
        if (now.isBefore(crdsFetched.plus(CRD_CACHE))) {
            return crdKinds;
        }
        synchronized (this) {
            if (now.isBefore(crdsFetched.plus(CRD_CACHE))) {
                return crdKinds;
            }
            try {
                List<CustomResourceDefinition> crds = crdSource != null ? crdSource.get()
                        : clients.system().apiextensions().v1().customResourceDefinitions().list().getItems();
                crdKinds = crds.stream().map(CrdKindProvider::from).flatMap(Optional::stream)
                        .map(p -> RegisteredKind.of(p, RegisteredKind.CRD)).toList();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "CRD discovery failed; keeping the " + crdKinds.size() + " CRD kinds known: " + e.getMessage());
            }
            // Also after a failure: do not hammer an unreachable API server on every request.
            crdsFetched = now;
            return crdKinds;
        }
    }
}
