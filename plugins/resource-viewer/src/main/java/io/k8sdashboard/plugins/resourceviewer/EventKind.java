package io.k8sdashboard.plugins.resourceviewer;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/** v1/Event (core events, as {@code kubectl get events}). Timestamps fall back as kubectl's printEvent does. */
@Extension
public class EventKind implements ResourceKindProvider {

    public static final KindDescriptor KIND = new KindDescriptor("", "v1", "Event", "events", true);

    private static final List<Column> COLUMNS = List.of(
            Column.of("Last Seen", ColumnType.DATE, "When the event last occurred.", EventKind::lastSeen),
            Cells.text("Type", "Normal or Warning.", "type"),
            Cells.text("Reason", "Why the event happened, in one word.", "reason"),
            Column.of("Object", ColumnType.STRING, "The object the event is about, as kind/name.", EventKind::object),
            Cells.text("Message", "What happened.", "message"),
            Column.wide("Subobject", ColumnType.STRING, "The part of the object (a container).", o -> o.string("involvedObject.fieldPath")),
            Column.wide("Source", ColumnType.STRING, "The component that reported the event.", EventKind::source),
            Column.wide("First Seen", ColumnType.DATE, "When the event first occurred.", EventKind::firstSeen),
            Column.wide("Count", ColumnType.INTEGER, "How many times the event occurred.", EventKind::count));

    @Override public KindDescriptor kind() { return KIND; }
    @Override public List<Column> columns() { return COLUMNS; }
    @Override public List<String> shortNames() { return List.of("ev"); }
    @Override public String category() { return "Cluster"; }
    @Override public Optional<String> status(KubeObject o) { return Optional.ofNullable(o.string("type")); }

    private static String firstSeen(KubeObject o) {
        return o.string("firstTimestamp") != null ? o.string("firstTimestamp") : o.string("eventTime");
    }

    private static String lastSeen(KubeObject o) {
        if (o.string("series.lastObservedTime") != null) {
            return o.string("series.lastObservedTime");
        }
        return o.string("lastTimestamp") != null ? o.string("lastTimestamp") : firstSeen(o);
    }

    private static long count(KubeObject o) {
        long count = o.get("series") != null ? Cells.count(o, "series.count") : Cells.count(o, "count");
        return count == 0 ? 1 : count;
    }

    private static String object(KubeObject o) {
        String kind = o.string("involvedObject.kind") == null ? "" : o.string("involvedObject.kind").toLowerCase(Locale.ROOT);
        String name = o.string("involvedObject.name");
        return name == null || name.isEmpty() ? kind : kind + "/" + name;
    }

    private static String source(KubeObject o) {
        String component = first(o.string("source.component"), o.string("reportingComponent"));
        String instance = first(o.string("source.host"), o.string("reportingInstance"));
        return instance == null || instance.isEmpty() ? component : component + ", " + instance;
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }
}
