package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Column building blocks shared by the kinds, each mirroring a helper of kubectl's printers
 * (pkg/printers/internalversion/printers.go), so that every kind stays a short list of columns.
 */
final class Cells {

    static final String NONE = "<none>";

    private Cells() {
    }

    /** kubectl's AGE: the creation timestamp, shown by the UI as an age. */
    static Column age() {
        return Column.of("Age", ColumnType.DATE, "Time since the object was created.", KubeObject::creationTimestamp);
    }

    /** A whole-number field, 0 when absent (kubectl prints Go zero values). */
    static long count(KubeObject object, String path) {
        return object.number(path).orElse(0L);
    }

    /** An integer column reading one field, 0 when absent. */
    static Column integer(String name, String description, String path) {
        return Column.of(name, ColumnType.INTEGER, description, o -> count(o, path));
    }

    /** A text column reading one field as is. */
    static Column text(String name, String description, String path) {
        return Column.of(name, ColumnType.STRING, description, o -> o.string(path));
    }

    /** "ready/desired", as in kubectl's READY column of workloads. */
    static String ratio(KubeObject object, String readyPath, String desiredPath) {
        return count(object, readyPath) + "/" + count(object, desiredPath);
    }

    /** The text or {@code <none>} when empty, as kubectl prints missing values. */
    static String orNone(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }

    /** Wide CONTAINERS of a pod template: container names, comma-separated. */
    static Column containers(String podSpecPath) {
        return Column.wide("Containers", ColumnType.STRING, "Names of each container in the template.",
                o -> o.objects(podSpecPath + ".containers").stream().map(c -> c.string("name")).collect(Collectors.joining(",")));
    }

    /** Wide IMAGES of a pod template: container images, comma-separated. */
    static Column images(String podSpecPath) {
        return Column.wide("Images", ColumnType.STRING, "Images referenced by each container in the template.",
                o -> o.objects(podSpecPath + ".containers").stream().map(c -> c.string("image")).collect(Collectors.joining(",")));
    }

    /** Wide SELECTOR: a metav1.LabelSelector written as kubectl writes it. */
    static Column selector(String selectorPath) {
        return Column.wide("Selector", ColumnType.STRING, "The label selector of the pods this object manages.",
                o -> labelSelector(o, selectorPath));
    }

    /**
     * A metav1.LabelSelector as text (kubectl's FormatLabelSelector): requirements sorted by key,
     * {@code k=v}, {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}; {@code <none>}
     * when empty.
     */
    static String labelSelector(KubeObject object, String path) {
        TreeMap<String, List<String>> byKey = new TreeMap<>();
        object.stringMap(path + ".matchLabels").forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(k + "=" + v));
        for (KubeObject expression : object.objects(path + ".matchExpressions")) {
            String key = expression.string("key");
            String values = expression.strings("values").stream().sorted().collect(Collectors.joining(","));
            String requirement = switch (String.valueOf(expression.string("operator"))) {
                case "In" -> key + " in (" + values + ")";
                case "NotIn" -> key + " notin (" + values + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                default -> key + " ? (" + values + ")";
            };
            byKey.computeIfAbsent(key == null ? "" : key, x -> new ArrayList<>()).add(requirement);
        }
        return orNone(byKey.values().stream().flatMap(List::stream).collect(Collectors.joining(",")));
    }

    /** A plain label map (selector of a Service, node selector) as {@code k=v,...}, sorted; {@code <none>} if empty. */
    static String labels(Map<String, String> labels) {
        return orNone(new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
    }

    /** Whether {@code conditions} (a path to a list) holds a condition of that type with status "True". */
    static boolean conditionTrue(KubeObject object, String conditionsPath, String type) {
        return object.objects(conditionsPath).stream()
                .anyMatch(c -> type.equals(c.string("type")) && "True".equals(c.string("status")));
    }

    /** The reason of the condition of that type, or null. */
    static String conditionReason(KubeObject object, String conditionsPath, String type) {
        return object.objects(conditionsPath).stream().filter(c -> type.equals(c.string("type")))
                .map(c -> c.string("reason")).findFirst().orElse(null);
    }

    /** Load-balancer ingress points (IP, else hostname), comma-separated, as kubectl's loadBalancerStatusStringer. */
    static String loadBalancerIngress(KubeObject object, String path) {
        return object.objects(path).stream()
                .map(i -> i.string("ip") != null && !i.string("ip").isEmpty() ? i.string("ip") : i.string("hostname"))
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(","));
    }

    /** Access modes abbreviated in kubectl's fixed order (GetAccessModesAsString). */
    static String accessModes(List<String> modes) {
        List<String> out = new ArrayList<>();
        for (String[] mode : new String[][] {{"ReadWriteOnce", "RWO"}, {"ReadOnlyMany", "ROX"},
                {"ReadWriteMany", "RWX"}, {"ReadWriteOncePod", "RWOP"}}) {
            if (modes.contains(mode[0])) {
                out.add(mode[1]);
            }
        }
        return String.join(",", out);
    }

    /** The storage class, preferring the beta annotation as kubectl's GetPersistentVolume(Claim)Class does. */
    static String storageClass(KubeObject object) {
        String annotated = object.stringMap("metadata.annotations").get("volume.beta.kubernetes.io/storage-class");
        return annotated != null ? annotated : object.string("spec.storageClassName");
    }
}
