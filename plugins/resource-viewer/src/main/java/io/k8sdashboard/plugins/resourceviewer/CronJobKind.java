package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** batch/v1/CronJob. */
@Extension
public class CronJobKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("batch", "v1", "CronJob", "cronjobs", true);

    private static final String JOB_SPEC = "spec.jobTemplate.spec";

    private static final List<Column> COLUMNS = List.of(
            Cells.text("Schedule", "The cron schedule.", "spec.schedule"),
            Column.of("Timezone", ColumnType.STRING, "The time zone of the schedule.", o -> Cells.orNone(o.string("spec.timeZone"))),
            Column.of("Suspend", ColumnType.BOOLEAN, "Whether new runs are suspended.",
                    o -> o.get("spec.suspend") instanceof Boolean b ? b : null),
            Column.of("Active", ColumnType.INTEGER, "Jobs running now.", o -> (long) o.objects("status.active").size()),
            Column.of("Last Schedule", ColumnType.DATE, "When a job was last scheduled.", o -> o.string("status.lastScheduleTime")),
            Cells.age(),
            Cells.containers(JOB_SPEC + ".template.spec"),
            Cells.images(JOB_SPEC + ".template.spec"),
            Cells.selector(JOB_SPEC + ".selector"));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("cj"); }
    @Override public String category() { return "Workloads"; }

    /** Suspended, Active while a job runs, else Scheduled. */
    @Override
    public Optional<String> status(KubeObject o) {
        if (Boolean.TRUE.equals(o.get("spec.suspend"))) {
            return Optional.of("Suspended");
        }
        return Optional.of(o.objects("status.active").isEmpty() ? "Scheduled" : "Active");
    }
}
