package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.pf4j.Extension;

/** v1/Node. */
@Extension
public class NodeKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Node", "nodes", false);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Status", ColumnType.STRING, "Ready, NotReady or Unknown, and SchedulingDisabled when cordoned.",
                    o -> readiness(o) + (Boolean.TRUE.equals(o.get("spec.unschedulable")) ? ",SchedulingDisabled" : "")),
            Column.of("Roles", ColumnType.STRING, "Roles from the node-role.kubernetes.io/* labels.", NodeKind::roles),
            Cells.age(),
            Cells.text("Version", "The kubelet's version.", "status.nodeInfo.kubeletVersion"),
            Column.wide("Internal-IP", ColumnType.STRING, "The node's internal IP.", o -> address(o, "InternalIP")),
            Column.wide("External-IP", ColumnType.STRING, "The node's external IP.", o -> address(o, "ExternalIP")),
            Column.wide("OS-Image", ColumnType.STRING, "The operating system image.", o -> unknown(o.string("status.nodeInfo.osImage"))),
            Column.wide("Kernel-Version", ColumnType.STRING, "The kernel version.", o -> unknown(o.string("status.nodeInfo.kernelVersion"))),
            Column.wide("Container-Runtime", ColumnType.STRING, "The container runtime and its version.",
                    o -> unknown(o.string("status.nodeInfo.containerRuntimeVersion"))));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("no"); }
    @Override public String category() { return "Cluster"; }
    @Override public Optional<String> status(KubeObject object) { return Optional.of(readiness(object)); }

    private static String readiness(KubeObject node) {
        return node.objects("status.conditions").stream().filter(c -> "Ready".equals(c.string("type")))
                .map(c -> "True".equals(c.string("status")) ? "Ready" : "NotReady").findFirst().orElse("Unknown");
    }

    private static String roles(KubeObject node) {
        TreeSet<String> roles = new TreeSet<>();
        node.labels().forEach((key, value) -> {
            if (key.startsWith("node-role.kubernetes.io/") && key.length() > "node-role.kubernetes.io/".length()) {
                roles.add(key.substring("node-role.kubernetes.io/".length()));
            } else if (key.equals("kubernetes.io/role") && !value.isEmpty()) {
                roles.add(value);
            }
        });
        return Cells.orNone(String.join(",", roles));
    }

    private static String address(KubeObject node, String type) {
        return node.objects("status.addresses").stream().filter(a -> type.equals(a.string("type")))
                .map(a -> a.string("address")).findFirst().orElse(Cells.NONE);
    }

    private static String unknown(String value) {
        return value == null || value.isEmpty() ? "<unknown>" : value;
    }
}
