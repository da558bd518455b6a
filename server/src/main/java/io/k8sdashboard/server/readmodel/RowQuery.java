package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * What a page of rows is asked for, already validated.
 *
 * @param namespaces the namespaces to include, {@code null} for every namespace (and for cluster-scoped kinds)
 * @param labelSelector a normalized label selector, {@code null} for none
 * @param nameContains a substring the name must contain (case-insensitive), {@code null} for none
 * @param sortColumn the column to sort by (a column name of the kind's table, case-insensitive),
 *        {@code null} for namespace then name, the API server's own order
 * @param descending whether to sort in descending order
 * @param limit the page size (at least 1)
 * @param continueToken the previous page's continue token, {@code null} for the first page
 */
public record RowQuery(Set<String> namespaces, String labelSelector, String nameContains, String sortColumn,
        boolean descending, int limit, String continueToken) {

    /** The default page size: the API server's own default chunk is 500. */
    public static final int DEFAULT_LIMIT = 500;

    public RowQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        namespaces = namespaces == null ? null : Set.copyOf(namespaces);
    }

    /**
     * The index of a sort column among a table's columns (case-insensitive), -1 for none (the
     * default order).
     *
     * @throws InvalidInputException naming {@code sort} when the table has no such column
     */
    public static int columnIndex(List<Column> columns, String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new InvalidInputException("sort", "no column \"" + name + "\"; columns are "
                + columns.stream().map(Column::name).toList());
    }

    /** Every row of the given namespaces (null: all), first page, default order. */
    public static RowQuery all(Set<String> namespaces, String labelSelector) {
        return new RowQuery(namespaces, labelSelector, null, null, false, DEFAULT_LIMIT, null);
    }
}
