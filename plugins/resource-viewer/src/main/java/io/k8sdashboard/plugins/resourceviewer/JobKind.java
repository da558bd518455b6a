package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.TimeSpan;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * batch/v1/Job. Duration is the span from start to completion, open while the job has not
 * completed (kubectl then counts up to now, so does the UI: the row itself never holds "now").
 */
@Extension
public class JobKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("batch", "v1", "Job", "jobs", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Status", ColumnType.STRING, "Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet or Running.",
                    JobKind::jobStatus),
            Column.of("Completions", ColumnType.STRING, "Succeeded pods out of the completions wanted.", JobKind::completions),
            Column.of("Duration", ColumnType.DURATION, "Time the job took, or has run so far.", JobKind::duration),
            Cells.age(),
            Cells.containers("spec.template.spec"),
            Cells.images("spec.template.spec"),
            Cells.selector("spec.selector"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public String category() { return "Workloads"; }
    @Override public Optional<String> status(KubeObject o) { return Optional.of(jobStatus(o)); }

    static String jobStatus(KubeObject o) {
        for (String type : List.of("Complete", "Failed")) {
            if (Cells.conditionTrue(o, "status.conditions", type)) {
                return type;
            }
        }
        if (o.get("metadata.deletionTimestamp") != null) {
            return "Terminating";
        }
        for (String type : List.of("Suspended", "FailureTarget", "SuccessCriteriaMet")) {
            if (Cells.conditionTrue(o, "status.conditions", type)) {
                return type;
            }
        }
        return "Running";
    }

    private static String duration(KubeObject o) {
        return TimeSpan.of(o.string("status.startTime"), o.string("status.completionTime"));
    }

    private static String completions(KubeObject o) {
        long succeeded = Cells.count(o, "status.succeeded");
        if (o.get("spec.completions") != null) {
            return succeeded + "/" + Cells.count(o, "spec.completions");
        }
        long parallelism = Cells.count(o, "spec.parallelism");
        return parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
    }
}
