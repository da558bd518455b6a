package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HPA's TARGETS cell as kubectl's formatHPAMetrics writes it: "cpu: 45%/80%", "1k/500 (avg)",
 * current values matched to specs by position, "<unknown>" before the first measurement, at most
 * two metrics then "+ N more...".
 */
final class HpaTargets {

    private static final KubeObject EMPTY = KubeObject.of(Map.of());

    private HpaTargets() {
    }

    static String format(KubeObject hpa) {
        List<KubeObject> specs = hpa.objects("spec.metrics");
        if (specs.isEmpty()) {
            return Cells.NONE;
        }
        List<KubeObject> statuses = hpa.objects("status.currentMetrics");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            KubeObject spec = specs.get(i);
            KubeObject status = i < statuses.size() ? statuses.get(i) : EMPTY;
            list.add(switch (String.valueOf(spec.string("type"))) {
                case "Resource" -> resource(spec, status, "resource");
                case "ContainerResource" -> resource(spec, status, "containerResource");
                case "Pods" -> current(status, "pods.current.averageValue") + "/" + spec.string("pods.target.averageValue");
                case "Object" -> valueOrAverage(spec, status, "object");
                case "External" -> valueOrAverage(spec, status, "external");
                default -> "<unknown type>";
            });
        }
        if (list.size() > 2) {
            return String.join(", ", list.subList(0, 2)) + " + " + (list.size() - 2) + " more...";
        }
        return String.join(", ", list);
    }

    private static String resource(KubeObject spec, KubeObject status, String field) {
        String name = spec.string(field + ".name");
        if (spec.get(field + ".target.averageValue") != null) {
            return name + ": " + current(status, field + ".current.averageValue") + "/" + spec.string(field + ".target.averageValue");
        }
        String current = status.get(field + ".current.averageUtilization") == null ? "<unknown>"
                : status.string(field + ".current.averageUtilization") + "%";
        String target = spec.get(field + ".target.averageUtilization") == null ? "<auto>"
                : spec.string(field + ".target.averageUtilization") + "%";
        return name + ": " + current + "/" + target;
    }

    private static String valueOrAverage(KubeObject spec, KubeObject status, String field) {
        if (spec.get(field + ".target.averageValue") != null) {
            return current(status, field + ".current.averageValue") + "/" + spec.string(field + ".target.averageValue") + " (avg)";
        }
        return current(status, field + ".current.value") + "/" + spec.string(field + ".target.value");
    }

    private static String current(KubeObject status, String path) {
        return status.get(path) == null ? "<unknown>" : status.string(path);
    }
}
