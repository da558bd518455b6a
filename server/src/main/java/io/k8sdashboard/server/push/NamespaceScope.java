package io.k8sdashboard.server.push;

import java.util.Set;

/**
 * The namespaces a subscription may see: all of them (also for cluster-scoped kinds), or a fixed set.
 *
 * @param all every namespace
 * @param namespaces the namespaces when not {@code all}
 */
record NamespaceScope(boolean all, Set<String> namespaces) {

    static final NamespaceScope ALL = new NamespaceScope(true, Set.of());

    NamespaceScope {
        namespaces = Set.copyOf(namespaces);
    }

    static NamespaceScope of(java.util.Collection<String> namespaces) {
        return new NamespaceScope(false, Set.copyOf(namespaces));
    }

    /** Whether an object in {@code namespace} ({@code null}: cluster-scoped) may be seen. */
    boolean includes(String namespace) {
        return all || namespace != null && namespaces.contains(namespace);
    }
}
