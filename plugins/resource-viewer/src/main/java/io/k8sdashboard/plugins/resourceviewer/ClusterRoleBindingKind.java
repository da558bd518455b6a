package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import org.pf4j.Extension;

/** rbac.authorization.k8s.io/v1/ClusterRoleBinding. */
@Extension
public class ClusterRoleBindingKind implements ResourceKindProvider {

    public static final KindDescriptor KIND =
            new KindDescriptor("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false);

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return Bindings.COLUMNS; }
    @Override public String category() { return "Access control"; }
}
