package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.server.kinds.ResourceRow;
import java.util.Objects;

/**
 * A change to one object of a kind, as the read model saw it (from its own watch, or relayed by
 * another replica).
 *
 * @param type created, updated or deleted
 * @param kind the kind's kubectl-style resource name ({@code pods}, {@code deployments.apps})
 * @param namespace the object's namespace, {@code null} for cluster-scoped kinds
 * @param name the object's name
 * @param resourceVersion the object's resourceVersion after the change (for a deletion: its last one)
 * @param row the object's table row after the change (for a deletion: its last row); Secret rows
 *        never carry values
 * @param remote whether another replica saw it first and relayed it (never relayed again)
 */
public record ResourceChange(ChangeType type, String kind, String namespace, String name, String resourceVersion,
        ResourceRow row, boolean remote) {

    public ResourceChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(row, "row");
    }

    /** The object's key within its kind: {@code namespace/name}, or {@code name} when cluster-scoped. */
    public String key() {
        return namespace == null ? name : namespace + "/" + name;
    }

    /** The same change, marked as relayed from another replica. */
    public ResourceChange asRemote() {
        return new ResourceChange(type, kind, namespace, name, resourceVersion, row, true);
    }
}
