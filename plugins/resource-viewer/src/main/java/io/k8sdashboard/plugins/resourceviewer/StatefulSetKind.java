package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** apps/v1/StatefulSet. */
@Extension
public class StatefulSetKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("apps", "v1", "StatefulSet", "statefulsets", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Ready", ColumnType.STRING, "Ready pods out of desired.", o -> Cells.ratio(o, "status.readyReplicas", "spec.replicas")),
            Cells.age(),
            Cells.containers("spec.template.spec"),
            Cells.images("spec.template.spec"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("sts"); }
    @Override public String category() { return "Workloads"; }

    @Override
    public Optional<String> status(KubeObject o) {
        return Optional.of(Cells.count(o, "status.readyReplicas") >= Cells.count(o, "spec.replicas") ? "Ready" : "Progressing");
    }
}
