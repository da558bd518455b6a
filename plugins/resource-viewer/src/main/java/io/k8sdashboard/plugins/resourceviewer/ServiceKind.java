package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** v1/Service. External-IP follows kubectl: {@code <pending>} for a LoadBalancer without an address yet. */
@Extension
public class ServiceKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Service", "services", true);

    private static final List<Column> COLUMNS = List.of(
            Cells.text("Type", "ClusterIP, NodePort, LoadBalancer or ExternalName.", "spec.type"),
            Column.of("Cluster-IP", ColumnType.STRING, "The service's virtual IP inside the cluster.", ServiceKind::clusterIp),
            Column.of("External-IP", ColumnType.STRING, "Addresses reachable from outside the cluster.", ServiceKind::externalIp),
            Column.of("Port(s)", ColumnType.STRING, "Ports, with node ports, as port[:nodePort]/protocol.", ServiceKind::ports),
            Cells.age(),
            Column.wide("Selector", ColumnType.STRING, "Labels of the pods behind the service.", o -> Cells.labels(o.stringMap("spec.selector"))));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("svc"); }
    @Override public String category() { return "Network"; }

    /** Pending while a LoadBalancer waits for its address. */
    @Override
    public Optional<String> status(KubeObject o) {
        return Optional.of("<pending>".equals(externalIp(o)) ? "Pending" : "Ready");
    }

    private static String clusterIp(KubeObject o) {
        List<String> ips = o.strings("spec.clusterIPs");
        return Cells.orNone(ips.isEmpty() ? o.string("spec.clusterIP") : ips.get(0));
    }

    static String externalIp(KubeObject o) {
        List<String> external = o.strings("spec.externalIPs");
        String type = o.string("spec.type") == null ? "ClusterIP" : o.string("spec.type");
        switch (type) {
            case "ClusterIP", "NodePort":
                return Cells.orNone(String.join(",", external));
            case "LoadBalancer":
                List<String> all = new ArrayList<>();
                String ingress = Cells.loadBalancerIngress(o, "status.loadBalancer.ingress");
                if (!ingress.isEmpty()) {
                    all.add(ingress);
                }
                all.addAll(external);
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            case "ExternalName":
                return o.string("spec.externalName");
            default:
                return "<unknown>";
        }
    }

    private static String ports(KubeObject o) {
        return Cells.orNone(o.objects("spec.ports").stream().map(p -> {
            String protocol = p.string("protocol") == null ? "TCP" : p.string("protocol");
            long nodePort = Cells.count(p, "nodePort");
            return p.string("port") + (nodePort > 0 ? ":" + nodePort : "") + "/" + protocol;
        }).collect(Collectors.joining(",")));
    }
}
