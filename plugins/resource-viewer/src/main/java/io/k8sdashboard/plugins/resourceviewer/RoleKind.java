package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import org.pf4j.Extension;

/** rbac.authorization.k8s.io/v1/Role. kubectl shows the creation time itself, not an age. */
@Extension
public class RoleKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("rbac.authorization.k8s.io", "v1", "Role", "roles", true);

    static final Column CREATED_AT = Cells.text("Created At", "When the object was created (UTC).", "metadata.creationTimestamp");

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return List.of(CREATED_AT); }
    @Override public String category() { return "Access control"; }
}
