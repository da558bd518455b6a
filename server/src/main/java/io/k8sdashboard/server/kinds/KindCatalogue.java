package io.k8sdashboard.server.kinds;

import io.k8sdashboard.plugin.api.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the kinds served, indexed for the lookups every request makes: by
 * resource name, by the names kubectl accepts (plural, singular, short names) and by
 * apiVersion + kind. Built by {@link KindRegistry} when plugins start or the CRDs change, then read
 * by many request threads without locking.
 */
public final class KindCatalogue {

    private final List<RegisteredKind> kinds;
    private final Map<String, RegisteredKind> byResourceName = new HashMap<>();
    private final Map<String, List<RegisteredKind>> byAlias = new HashMap<>();
    private final Map<String, RegisteredKind> byApiVersionKind = new HashMap<>();

    /** Indexes kinds in the order given; for a name given twice, the first kind wins. */
    public KindCatalogue(List<RegisteredKind> kinds) {
        this.kinds = List.copyOf(kinds);
        for (RegisteredKind kind : this.kinds) {
            var d = kind.descriptor();
            byResourceName.putIfAbsent(kind.resourceName(), kind);
            byApiVersionKind.putIfAbsent(d.apiVersion() + "/" + d.kind(), kind);
            Set<String> aliases = new HashSet<>();
            aliases.add(d.plural());
            aliases.add(d.singular());
            aliases.addAll(kind.shortNames());
            aliases.forEach(alias -> byAlias.computeIfAbsent(alias, a -> new ArrayList<>()).add(kind));
        }
    }

    /** Plugin kinds in load order, then the CRD kinds whose resource name no plugin kind takes. */
    static KindCatalogue merge(List<RegisteredKind> pluginKinds, List<RegisteredKind> crdKinds) {
        List<RegisteredKind> merged = new ArrayList<>(pluginKinds);
        Set<String> taken = new HashSet<>();
        pluginKinds.forEach(k -> taken.add(k.resourceName()));
        for (RegisteredKind crd : crdKinds) {
            if (taken.add(crd.resourceName())) {
                merged.add(crd);
            }
        }
        return new KindCatalogue(merged);
    }

    /** Every kind, in catalogue order. */
    public List<RegisteredKind> all() {
        return kinds;
    }

    /** The kind served under exactly this resource name ({@code namespaces}, {@code deployments.apps}), if any. */
    public Optional<RegisteredKind> find(String resourceName) {
        return Optional.ofNullable(byResourceName.get(resourceName));
    }

    /** The kind of objects written with this apiVersion ({@code apps/v1}) and kind ({@code Deployment}), if served. */
    public Optional<RegisteredKind> find(String apiVersion, String kind) {
        return Optional.ofNullable(byApiVersionKind.get(apiVersion + "/" + kind));
    }

    /**
     * Resolves a kubectl-style kind name (see {@link KindResolver}).
     *
     * @throws NotFoundException 404 "unknown-kind"
     */
    public RegisteredKind resolve(String name) {
        return KindResolver.resolve(name, this);
    }

    /** The kinds answering to a plural, singular or short name, in catalogue order. */
    List<RegisteredKind> named(String alias) {
        return byAlias.getOrDefault(alias, List.of());
    }
}
