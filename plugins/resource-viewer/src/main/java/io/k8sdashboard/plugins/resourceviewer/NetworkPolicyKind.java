package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import org.pf4j.Extension;

/** networking.k8s.io/v1/NetworkPolicy. */
@Extension
public class NetworkPolicyKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Pod-Selector", ColumnType.STRING, "The pods the policy applies to (<none>: every pod of the namespace).",
                    o -> Cells.labelSelector(o, "spec.podSelector")),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("netpol"); }
    @Override public String category() { return "Network"; }
}
