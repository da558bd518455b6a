package com.example.dashboard.widgets;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Teaches the dashboard the Widget custom resource (example.com/v1, served at
 * {@code /api/v1/resources/widgets.example.com}): its table columns and a status badge.
 */
@Extension
public class WidgetKind implements ResourceKindProvider {

    /** example.com/v1 Widget, namespaced, plural "widgets". */
    public static final KindDescriptor KIND = new KindDescriptor("example.com", "v1", "Widget", "widgets", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Color", ColumnType.STRING, "The widget's color (spec.color).", o -> o.string("spec.color")),
            Column.of("Size", ColumnType.INTEGER, "The widget's size (spec.size).", o -> o.number("spec.size").orElse(null)),
            Column.of("Ready", ColumnType.STRING, "The status of the widget's Ready condition.", WidgetKind::ready),
            Column.of("Age", ColumnType.DATE, "Time since the widget was created.", KubeObject::creationTimestamp));

    @Override
    public KindDescriptor kind() {
        return KIND;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> shortNames() {
        return List.of("wd");
    }

    @Override
    public String category() {
        return "Custom resources";
    }

    @Override
    public Optional<String> status(KubeObject object) {
        return Optional.ofNullable(ready(object)).map(ready -> "True".equals(ready) ? "Ready" : "NotReady");
    }

    /** status.conditions[type=Ready].status, or null when the widget has no such condition. */
    static String ready(KubeObject widget) {
        return widget.objects("status.conditions").stream()
                .filter(condition -> "Ready".equals(condition.string("type")))
                .map(condition -> condition.string("status"))
                .findFirst().orElse(null);
    }
}
