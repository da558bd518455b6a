package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** networking.k8s.io/v1/Ingress. */
@Extension
public class IngressKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("networking.k8s.io", "v1", "Ingress", "ingresses", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Class", ColumnType.STRING, "The IngressClass that handles this ingress.", o -> Cells.orNone(o.string("spec.ingressClassName"))),
            Column.of("Hosts", ColumnType.STRING, "Hosts the rules match (* for any).", IngressKind::hosts),
            Column.of("Address", ColumnType.STRING, "Addresses of the load balancer serving the ingress.",
                    o -> Cells.loadBalancerIngress(o, "status.loadBalancer.ingress")),
            Column.of("Ports", ColumnType.STRING, "80, and 443 when TLS is configured.", o -> o.objects("spec.tls").isEmpty() ? "80" : "80, 443"),
            Cells.age());

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("ing"); }
    @Override public String category() { return "Network"; }

    /** kubectl's formatHosts: up to three hosts, then "+ N more...". */
    private static String hosts(KubeObject o) {
        List<KubeObject> rules = o.objects("spec.rules");
        List<String> hosts = new ArrayList<>();
        int more = 0;
        for (KubeObject rule : rules) {
            String host = rule.string("host");
            if (hosts.size() == 3) {
                more = rules.size() - 3;
            } else if (host != null && !host.isEmpty()) {
                hosts.add(host);
            }
        }
        if (hosts.isEmpty()) {
            return "*";
        }
        return String.join(",", hosts) + (more > 0 ? " + " + more + " more..." : "");
    }
}
