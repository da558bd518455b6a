package io.k8sdashboard.server.resources;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.plugins.PluginExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kinds the dashboard serves: every plugin provider, plus a generic kind for each CRD found
 * through discovery (with the dashboard's own credentials; refreshed at most every 30 s). A
 * plugin's kind wins over a CRD with the same resource name. If discovery fails, plugin kinds
 * are still served, with the last CRDs known.
 */
@ApplicationScoped
public class KindRegistry {

    private static final Logger LOG = Logger.getLogger(KindRegistry.class.getName());
    private static final Duration CRD_CACHE = Duration.ofSeconds(30);

    @Inject
    Instance<PluginExtensions> plugins;
    @Inject
    KubernetesClients clients;

    private Supplier<List<RegisteredKind>> pluginKinds;
    private Supplier<List<CustomResourceDefinition>> crdSource;
    private final Clock clock = Clock.systemUTC();
    private volatile List<RegisteredKind> crdKinds = List.of();
    private volatile Instant crdsFetched = Instant.MIN;

    /** For CDI. */
    public KindRegistry() {
    }

    /** For tests: explicit plugin kinds and CRD source. */
    public KindRegistry(Supplier<List<RegisteredKind>> pluginKinds, Supplier<List<CustomResourceDefinition>> crdSource) {
        this.pluginKinds = pluginKinds;
        this.crdSource = crdSource;
    }

    /** Every kind: plugin kinds in load order, then CRD kinds not shadowed by a plugin kind. */
    public List<RegisteredKind> kinds() {
        List<RegisteredKind> result = new ArrayList<>(pluginKinds());
        Set<String> taken = new HashSet<>();
        result.forEach(k -> taken.add(k.resourceName()));
        for (RegisteredKind crd : crdKinds()) {
            if (taken.add(crd.resourceName())) {
                result.add(crd);
            }
        }
        return result;
    }

    /**
     * Resolves a kubectl-style kind name.
     *
     * @throws io.k8sdashboard.plugin.api.NotFoundException 404 "unknown-kind"
     */
    public RegisteredKind resolve(String name) {
        return KindResolver.resolve(name, kinds());
    }

    /** The kind served under exactly this resource name ({@code namespaces}, {@code deployments.apps}), if any. */
    public java.util.Optional<RegisteredKind> find(String resourceName) {
        return kinds().stream().filter(k -> k.resourceName().equals(resourceName)).findFirst();
    }

    private List<RegisteredKind> pluginKinds() {
        if (pluginKinds != null) {
            return pluginKinds.get();
        }
        if (plugins == null || !plugins.isResolvable()) {
            return List.of();
        }
        List<RegisteredKind> kinds = new ArrayList<>();
        PluginExtensions extensions = plugins.get();
        extensions.kindProviders().forEach(p -> {
            try {
                kinds.add(RegisteredKind.of(p, extensions.pluginOf(p).orElse(RegisteredKind.PLUGIN)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Skipping kind provider " + p.getClass().getName() + ": " + e.getMessage(), e);
            }
        });
        return kinds;
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
                crdKinds = crds.stream().map(CrdKindProvider::from).flatMap(java.util.Optional::stream)
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
