package io.k8sdashboard.server.kinds;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kind's full column list: the host's Name (and Namespace for namespaced kinds) first, then the
 * provider's columns, then Age unless the provider already has a DATE column named Age.
 */
public final class KindTable {

    private static final Column NAME = Column.of("Name", ColumnType.STRING, "metadata.name", KubeObject::name);
    private static final Column NAMESPACE = Column.of("Namespace", ColumnType.STRING, "metadata.namespace", KubeObject::namespace);
    private static final Column AGE = Column.of("Age", ColumnType.DATE, "Time since the object was created",
            KubeObject::creationTimestamp);

    private KindTable() {
    }

    /** The columns of a kind's table (worked out once per kind, see {@link RegisteredKind#tableColumns()}). */
    public static List<Column> columns(RegisteredKind kind) {
        return kind.tableColumns();
    }

    static List<Column> columns(KindDescriptor descriptor, List<Column> providerColumns) {
        List<Column> columns = new ArrayList<>();
        columns.add(NAME);
        if (descriptor.namespaced()) {
            columns.add(NAMESPACE);
        }
        columns.addAll(providerColumns);
        boolean hasAge = providerColumns.stream().anyMatch(c -> c.type() == ColumnType.DATE && c.name().equalsIgnoreCase("Age"));
        if (!hasAge) {
            columns.add(AGE);
        }
        return List.copyOf(columns);
    }

    /** One object as a row; the tree must already be cleaned (Secret values gone). */
    public static ResourceRow row(RegisteredKind kind, List<Column> columns, Map<String, Object> tree) {
        KubeObject object = KubeObject.of(tree);
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column column : columns) {
            cells.add(cell(column.valueOf(object)));
        }
        return new ResourceRow(object.name(), object.namespace(), cells, kind.status(object).orElse(null), object.labels(),
                object.creationTimestamp());
    }

    /** Cells are scalars: a provider returning a structure gets it as text, not a nested JSON value. */
    private static Object cell(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }
}
