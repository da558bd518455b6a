package io.k8sdashboard.server.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who receives a {@link DashboardEvent}: tabs of these users, tabs following these operations,
 * and subscriptions to these kinds in these namespaces (whose users may read them). An event
 * reaches a tab once per matching user/operation, plus once per matching subscription.
 *
 * @param users user names
 * @param operations operation ids
 * @param resources kinds in namespaces
 */
public record EventAudience(List<String> users, List<String> operations, List<ResourceScope> resources) {

    /** Nobody. */
    public static final EventAudience NOBODY = new EventAudience(List.of(), List.of(), List.of());

    public EventAudience {
        users = users == null ? List.of() : List.copyOf(users);
        operations = operations == null ? List.of() : List.copyOf(operations);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** One user's tabs. */
    public static EventAudience user(String name) {
        return new EventAudience(List.of(name), List.of(), List.of());
    }

    /** The followers of one operation. */
    public static EventAudience operation(String id) {
        return new EventAudience(List.of(), List.of(id), List.of());
    }

    /** The readers of a kind in a namespace ({@code null} for a cluster-scoped kind). */
    public static EventAudience resources(String kind, String namespace) {
        return new EventAudience(List.of(), List.of(), List.of(new ResourceScope(kind, namespace)));
    }

    /**
     * The audience of an event published without a target (API 1.0/1.1): the kind and namespace
     * its payload names, or nobody when it names no kind.
     */
    public static EventAudience fromPayload(Map<String, Object> payload) {
        if (payload != null && payload.get("kind") instanceof String kind) {
            return resources(kind, payload.get("namespace") instanceof String ns ? ns : null);
        }
        return NOBODY;
    }

    /** This audience and another one. */
    public EventAudience and(EventAudience other) {
        return new EventAudience(concat(users, other.users), concat(operations, other.operations),
                concat(resources, other.resources));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    /**
     * A kind in a namespace.
     *
     * @param kind resource name, plural or Kind
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     */
    public record ResourceScope(String kind, String namespace) {
        public ResourceScope {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
