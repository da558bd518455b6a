package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** apps/v1/DaemonSet. */
@Extension
public class DaemonSetKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("apps", "v1", "DaemonSet", "daemonsets", true);

    private static final List<Column> COLUMNS = List.of(
            Cells.integer("Desired", "Nodes that should run the daemon pod.", "status.desiredNumberScheduled"),
            Cells.integer("Current", "Nodes running the daemon pod.", "status.currentNumberScheduled"),
            Cells.integer("Ready", "Nodes whose daemon pod is ready.", "status.numberReady"),
            Cells.integer("Up-to-date", "Nodes running the latest pod template.", "status.updatedNumberScheduled"),
            Cells.integer("Available", "Nodes whose daemon pod is available.", "status.numberAvailable"),
            Column.of("Node Selector", ColumnType.STRING, "The node selector of the pod template.",
                    o -> Cells.labels(o.stringMap("spec.template.spec.nodeSelector"))),
            Cells.age(),
            Cells.containers("spec.template.spec"),
            Cells.images("spec.template.spec"),
            Cells.selector("spec.selector"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("ds"); }
    @Override public String category() { return "Workloads"; }

    @Override
    public Optional<String> status(KubeObject o) {
        boolean ready = Cells.count(o, "status.numberReady") >= Cells.count(o, "status.desiredNumberScheduled")
                && Cells.count(o, "status.updatedNumberScheduled") >= Cells.count(o, "status.desiredNumberScheduled");
        return Optional.of(ready ? "Ready" : "Progressing");
    }
}
