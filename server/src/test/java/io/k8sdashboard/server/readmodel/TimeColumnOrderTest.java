package io.k8sdashboard.server.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.plugin.api.TimeSpan;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sorting by the time columns the UI turns into ages and durations: the rows hold timestamps and
 * spans (never a length computed when the object was indexed), and the order is the time's.
 */
class TimeColumnOrderTest {

    static final RegisteredKind JOBS = RegisteredKind.of(new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("batch", "v1", "Job", "jobs", true);
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.of("Duration", ColumnType.DURATION, "start to completion",
                    o -> TimeSpan.of(o.string("status.startTime"), o.string("status.completionTime"))));
        }
    }, RegisteredKind.PLUGIN);

    private KindIndex index;
    private long version;

    @BeforeEach
    void fill() {
        index = new KindIndex(JOBS, null);
        // name, created, started, completed
        job("two-minutes", "2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z", "2026-11-01T10:02:00Z");
        job("running-since-october", "2026-10-01T00:00:00Z", "2026-10-01T00:00:00Z", null);
        job("ten-seconds", "2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z", "2026-11-20T10:00:10Z");
        job("running-since-today", "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z", null);
        job("not-started", "2026-11-25T00:00:00Z", null, null);
        job("one-hour", "2026-09-01T00:00:00Z", "2026-09-01T00:00:00Z", "2026-09-01T01:00:00Z");
    }

    private void job(String name, String created, String started, String completed) {
        GenericKubernetesResource job = new GenericKubernetesResource();
        job.setApiVersion("batch/v1");
        job.setKind("Job");
        job.setMetadata(new ObjectMetaBuilder().withNamespace("batch").withName(name)
                .withResourceVersion(Long.toString(++version)).withCreationTimestamp(created).build());
        Map<String, Object> status = new HashMap<>();
        if (started != null) {
            status.put("startTime", started);
        }
        if (completed != null) {
            status.put("completionTime", completed);
        }
        job.setAdditionalProperty("status", status);
        index.upsert(job);
    }

    private List<String> sorted(String column, boolean descending, int limit) {
        List<String> names = new ArrayList<>();
        RowPage page = RowQueries.page(index, new RowQuery(null, null, null, column, descending, limit, null));
        page.rows().forEach(r -> names.add(r.name()));
        while (page.continueToken() != null) {
            page = RowQueries.page(index, new RowQuery(null, null, null, column, descending, limit, page.continueToken()));
            page.rows().forEach(r -> names.add(r.name()));
        }
        return names;
    }

    @Test
    void rowsCarryTheSpanNotALengthFrozenAtIndexTime() {
        RowPage page = RowQueries.page(index, new RowQuery(null, null, "running-since-today", null, false, 10, null));
        assertThat(page.rows().get(0).cells()).containsExactly("running-since-today", "batch", "2026-12-01T08:00:00Z/",
                "2026-12-01T08:00:00Z");
    }

    @Test
    void durationSortsByLengthEndedFirstThenRunningShortestSoFarFirstEmptyLast() {
        List<String> ascending = List.of("ten-seconds", "two-minutes", "one-hour", "running-since-today",
                "running-since-october", "not-started");
        assertThat(sorted("Duration", false, 100)).isEqualTo(ascending);
        assertThat(sorted("Duration", false, 2)).as("paged").isEqualTo(ascending);
        assertThat(sorted("Duration", true, 4)).as("descending, paged").containsExactly("not-started",
                "running-since-october", "running-since-today", "one-hour", "two-minutes", "ten-seconds");
    }

    @Test
    void ageSortsByCreationTimeOldestFirstAsKubectlSortByCreationTimestamp() {
        assertThat(sorted("Age", false, 4)).containsExactly("one-hour", "running-since-october", "two-minutes",
                "ten-seconds", "not-started", "running-since-today");
        assertThat(sorted("Age", true, 100)).containsExactly("running-since-today", "not-started", "ten-seconds",
                "two-minutes", "running-since-october", "one-hour");
    }
}
