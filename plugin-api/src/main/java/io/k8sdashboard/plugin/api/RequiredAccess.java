package io.k8sdashboard.plugin.api;

import java.util.Objects;

/**
 * A Kubernetes RBAC permission: the verb on a resource (and optional subresource) of an API
 * group. The host asks the API server whether the signed-in user holds it before running an
 * {@link ResourceAction}, in the namespace of the target object and with its name (so RBAC
 * {@code resourceNames} rules apply).
 *
 * @param verb RBAC verb ("patch", "delete", "update")
 * @param group API group, empty for the core group
 * @param resource plural resource name ("deployments")
 * @param subresource subresource ("scale"), or empty
 * @since 1.0.0
 */
public record RequiredAccess(String verb, String group, String resource, String subresource) {

    /**
     * Validates the parts.
     *
     * @since 1.0.0
     */
    public RequiredAccess {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(subresource, "subresource");
        if (verb.isBlank() || resource.isBlank()) {
            throw new IllegalArgumentException("verb and resource are required");
        }
    }

    /**
     * A permission on a whole resource.
     *
     * @param verb the verb
     * @param kind the kind whose resource is meant
     * @return the permission
     * @since 1.0.0
     */
    public static RequiredAccess of(String verb, KindDescriptor kind) {
        return new RequiredAccess(verb, kind.group(), kind.plural(), "");
    }
}
