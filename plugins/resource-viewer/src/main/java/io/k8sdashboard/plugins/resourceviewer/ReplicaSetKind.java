package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** apps/v1/ReplicaSet. */
@Extension
public class ReplicaSetKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("apps", "v1", "ReplicaSet", "replicasets", true);

    private static final List<Column> COLUMNS = List.of(
            Cells.integer("Desired", "Pods wanted.", "spec.replicas"),
            Cells.integer("Current", "Pods that exist.", "status.replicas"),
            Cells.integer("Ready", "Pods that are ready.", "status.readyReplicas"),
            Cells.age(),
            Cells.containers("spec.template.spec"),
            Cells.images("spec.template.spec"),
            Cells.selector("spec.selector"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("rs"); }
    @Override public String category() { return "Workloads"; }

    @Override
    public Optional<String> status(KubeObject o) {
        return Optional.of(Cells.count(o, "status.readyReplicas") >= Cells.count(o, "spec.replicas") ? "Ready" : "Progressing");
    }
}
