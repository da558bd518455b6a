package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** v1/Namespace. */
@Extension
public class NamespaceKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Namespace", "namespaces", false);

    private static final List<Column> COLUMNS = List.of(
            Cells.text("Status", "Active, or Terminating while the namespace is being deleted.", "status.phase"),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("ns"); }
    @Override public String category() { return "Cluster"; }
    @Override public Optional<String> status(KubeObject object) { return Optional.ofNullable(object.string("status.phase")); }
}
