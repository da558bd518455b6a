package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** apps/v1/Deployment. */
@Extension
public class DeploymentKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("apps", "v1", "Deployment", "deployments", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Ready", ColumnType.STRING, "Ready pods out of desired.", o -> Cells.ratio(o, "status.readyReplicas", "spec.replicas")),
            Cells.integer("Up-to-date", "Pods running the latest pod template.", "status.updatedReplicas"),
            Cells.integer("Available", "Pods available to serve.", "status.availableReplicas"),
            Cells.age(),
            Cells.containers("spec.template.spec"),
            Cells.images("spec.template.spec"),
            Cells.selector("spec.selector"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("deploy"); }
    @Override public String category() { return "Workloads"; }

    /** Failed (progress deadline exceeded), Available (every desired pod updated and available), else Progressing. */
    @Override
    public Optional<String> status(KubeObject o) {
        if ("ProgressDeadlineExceeded".equals(Cells.conditionReason(o, "status.conditions", "Progressing"))) {
            return Optional.of("Failed");
        }
        long desired = Cells.count(o, "spec.replicas");
        boolean done = Cells.count(o, "status.updatedReplicas") >= desired && Cells.count(o, "status.availableReplicas") >= desired
                && Cells.count(o, "status.replicas") <= desired;
        return Optional.of(done ? "Available" : "Progressing");
    }
}
