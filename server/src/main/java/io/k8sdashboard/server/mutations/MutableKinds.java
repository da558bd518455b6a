package io.k8sdashboard.server.mutations;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.Optional;

/**
 * Which kind a change is about: the dashboard's kind catalogue first (plugin kinds and CRDs,
 * named the kubectl way), then API discovery, so that any kind the API server serves can be
 * changed, also one no plugin describes (Leases, a CRD created a moment ago).
 */
final class MutableKinds {

    private final KindRegistry registry;
    private final ApiDiscovery discovery;

    MutableKinds(KindRegistry registry, ApiDiscovery discovery) {
        this.registry = registry;
        this.discovery = discovery;
    }

    /**
     * A kind named in a URL.
     *
     * @throws NotFoundException 404 "unknown-kind" when neither the catalogue nor discovery knows it
     */
    KindDescriptor byName(String name) {
        try {
            return registry.resolve(name).descriptor();
        } catch (NotFoundException unknown) {
            return discovery.byName(name).orElseThrow(() -> unknown);
        }
    }

    /**
     * The kind of an object's {@code apiVersion} and {@code kind} fields.
     *
     * @throws InvalidInputException 400 naming {@code kind} when the API server serves no such kind
     */
    KindDescriptor byObject(String apiVersion, String kind) {
        Optional<KindDescriptor> known = registry.find(apiVersion, kind).map(RegisteredKind::descriptor);
        return known.or(() -> discovery.byApiVersion(apiVersion, kind))
                .orElseThrow(() -> new InvalidInputException("kind", "the cluster serves no kind " + kind + " in " + apiVersion));
    }
}
