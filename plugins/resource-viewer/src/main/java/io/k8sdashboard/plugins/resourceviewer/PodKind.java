package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** v1/Pod. IP and Node are shown by default (the issue asks for them), unlike kubectl's -o wide. */
@Extension
public class PodKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Pod", "pods", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Ready", ColumnType.STRING, "Ready containers out of all containers.", o -> PodStatus.of(o).readyText()),
            Column.of("Status", ColumnType.STRING, "The aggregate status of the containers, as kubectl computes it.",
                    o -> PodStatus.of(o).reason()),
            Column.of("Restarts", ColumnType.INTEGER, "How many times the pod's containers have restarted.",
                    o -> PodStatus.of(o).restarts()),
            Cells.age(),
            Column.of("IP", ColumnType.STRING, "The pod's IP address.", o -> Cells.orNone(o.string("status.podIP"))),
            Column.of("Node", ColumnType.STRING, "The node the pod is scheduled on.", o -> Cells.orNone(o.string("spec.nodeName"))),
            Column.wide("Nominated Node", ColumnType.STRING, "The node the scheduler nominated for preemption.",
                    o -> Cells.orNone(o.string("status.nominatedNodeName"))),
            Column.wide("Readiness Gates", ColumnType.STRING, "Readiness gates that are true, out of all gates.", PodKind::readinessGates));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("po"); }
    @Override public String category() { return "Workloads"; }

    @Override
    public Optional<String> status(KubeObject object) {
        return Optional.ofNullable(PodStatus.of(object).reason());
    }

    private static String readinessGates(KubeObject pod) {
        List<String> gates = pod.objects("spec.readinessGates").stream().map(g -> g.string("conditionType")).toList();
        if (gates.isEmpty()) {
            return Cells.NONE;
        }
        return gates.stream().filter(g -> Cells.conditionTrue(pod, "status.conditions", g)).count() + "/" + gates.size();
    }
}
