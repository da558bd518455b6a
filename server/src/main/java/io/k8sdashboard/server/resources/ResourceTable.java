package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A page of objects of one kind, as rows of its columns.
 *
 * @param kind the kind's resource name
 * @param columns the columns, host columns (Name, Namespace, Age) included
 * @param rows the objects
 * @param continueToken serialized as {@code continue}: pass it back as the {@code continue}
 *                      parameter for the next page; {@code null} on the last page
 * @param resourceVersion the list's resourceVersion
 */
public record ResourceTable(String kind, List<ColumnInfo> columns, List<ResourceRow> rows,
        @JsonbProperty("continue") String continueToken,
        String resourceVersion) {

    /** A page of a kind's rows under its columns. */
    static ResourceTable of(RegisteredKind kind, List<Column> columns, List<ResourceRow> rows, String next, String resourceVersion) {
        return new ResourceTable(kind.resourceName(), columns.stream().map(ColumnInfo::of).toList(), rows, next, resourceVersion);
    }
}
