package io.k8sdashboard.server.mutations;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Kinds the API server serves, found through API discovery ({@code /api/v1},
 * {@code /apis/<group>/<version>}) with the dashboard's own client: discovery documents are
 * readable by every authenticated identity and name no objects. A group version's resources are
 * kept {@value #TTL_SECONDS} s; unknown group versions are not kept (so a typo cannot fill the
 * cache) and the cache holds at most {@value #MAX_ENTRIES} group versions.
 */
final class ApiDiscovery {

    static final int TTL_SECONDS = 30;
    static final int MAX_ENTRIES = 256;

    private final Supplier<KubernetesClient> client;
    private final Clock clock;
    private final Map<String, Cached> resources = new ConcurrentHashMap<>();

    private record Cached(List<APIResource> resources, Instant fetched) {
    }

    ApiDiscovery(Supplier<KubernetesClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The kind written with this apiVersion and kind ({@code apps/v1}, {@code Deployment}), if served. */
    Optional<KindDescriptor> byApiVersion(String apiVersion, String kind) {
        return resources(apiVersion).stream()
                .filter(r -> kind.equals(r.getKind()))
                .findFirst()
                .map(r -> descriptor(apiVersion, r));
    }

    /**
     * A kind named the kubectl way and not known to the registry: {@code leases.coordination.k8s.io},
     * {@code leases.v1.coordination.k8s.io}, {@code configmaps}, {@code configmap}, {@code cm}.
     */
    Optional<KindDescriptor> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int dot = wanted.indexOf('.');
        if (dot < 0) {
            return match("v1", wanted);
        }
        String head = wanted.substring(0, dot);
        String rest = wanted.substring(dot + 1);
        Optional<KindDescriptor> inGroup = preferredVersion(rest).flatMap(gv -> match(gv, head));
        if (inGroup.isPresent()) {
            return inGroup;
        }
        int second = rest.indexOf('.');
        return second > 0 ? match(rest.substring(second + 1) + "/" + rest.substring(0, second), head) : Optional.empty();
    }

    private Optional<KindDescriptor> match(String groupVersion, String name) {
        return resources(groupVersion).stream()
                .filter(r -> name.equals(r.getName()) || name.equals(r.getSingularName())
                        || name.equalsIgnoreCase(r.getKind())
                        || (r.getShortNames() != null && r.getShortNames().contains(name)))
                .findFirst()
                .map(r -> descriptor(groupVersion, r));
    }

    private Optional<String> preferredVersion(String group) {
        try {
            APIGroup found = client.get().getApiGroup(group);
            return found == null || found.getPreferredVersion() == null ? Optional.empty()
                    : Optional.ofNullable(found.getPreferredVersion().getGroupVersion());
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A group version's resources, subresources left out; empty when the group version is not served. */
    private List<APIResource> resources(String groupVersion) {
        Instant now = clock.instant();
        Cached cached = resources.get(groupVersion);
        if (cached != null && now.isBefore(cached.fetched().plus(Duration.ofSeconds(TTL_SECONDS)))) {
            return cached.resources();
        }
        APIResourceList list;
        try {
            list = client.get().getApiResources(groupVersion);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of();
            }
            throw e;
        }
        if (list == null || list.getResources() == null) {
            return List.of();
        }
        List<APIResource> found = list.getResources().stream().filter(r -> r.getName() != null && !r.getName().contains("/")).toList();
        if (resources.size() >= MAX_ENTRIES) {
            resources.clear();
        }
        resources.put(groupVersion, new Cached(found, now));
        return found;
    }

    private static KindDescriptor descriptor(String groupVersion, APIResource r) {
        int slash = groupVersion.indexOf('/');
        String group = slash < 0 ? "" : groupVersion.substring(0, slash);
        String version = slash < 0 ? groupVersion : groupVersion.substring(slash + 1);
        return new KindDescriptor(group, version, r.getKind(), r.getName(), Boolean.TRUE.equals(r.getNamespaced()));
    }
}
