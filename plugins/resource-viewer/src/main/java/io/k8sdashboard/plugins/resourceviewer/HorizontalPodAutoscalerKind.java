package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** autoscaling/v2/HorizontalPodAutoscaler. */
@Extension
public class HorizontalPodAutoscalerKind implements ResourceKindProvider {

    public static final KindDescriptor KIND =
            new KindDescriptor("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Reference", ColumnType.STRING, "The scaled object, as Kind/name.",
                    o -> o.get("spec.scaleTargetRef") == null ? null
                            : o.string("spec.scaleTargetRef.kind") + "/" + o.string("spec.scaleTargetRef.name")),
            Column.of("Targets", ColumnType.STRING, "Current value / target of each metric.", HpaTargets::format),
            Column.of("MinPods", ColumnType.STRING, "The fewest replicas.",
                    o -> o.get("spec.minReplicas") == null ? "<unset>" : o.string("spec.minReplicas")),
            Cells.integer("MaxPods", "The most replicas.", "spec.maxReplicas"),
            Cells.integer("Replicas", "Replicas now.", "status.currentReplicas"),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("hpa"); }
    @Override public String category() { return "Workloads"; }

    /** Inactive when the autoscaler cannot compute its metrics (ScalingActive false), else Active. */
    @Override
    public Optional<String> status(KubeObject o) {
        boolean inactive = o.objects("status.conditions").stream()
                .anyMatch(c -> "ScalingActive".equals(c.string("type")) && "False".equals(c.string("status")));
        return Optional.of(inactive ? "Inactive" : "Active");
    }
}
