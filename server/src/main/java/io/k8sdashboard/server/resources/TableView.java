package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.readmodel.RowQuery;
import java.util.List;
import java.util.Set;

/**
 * How a table is asked to be shown: a name filter and a sort.
 *
 * @param nameContains a substring of the name (case-insensitive), {@code null} for none
 * @param sort a column name of the kind's table, {@code null} for namespace then name
 * @param order {@code asc} (default) or {@code desc}
 */
public record TableView(String nameContains, String sort, String order) {

    /** Long enough for any object name (253), not for abuse. */
    static final int MAX_FILTER = 253;

    /**
     * The view with its filter and order checked and blanks dropped: what can be checked before
     * the kind is known.
     */
    TableView checked() {
        // Measured before trimming: the published limit is on what the client sends.
        if (nameContains != null && nameContains.length() > MAX_FILTER) {
            throw new InvalidInputException("filter", "at most " + MAX_FILTER + " characters");
        }
        String filter = nameContains == null || nameContains.isBlank() ? null : nameContains.trim();
        String column = sort == null || sort.isBlank() ? null : sort.trim();
        return new TableView(filter, column, InputValidation.order(order));
    }

    /** The view checked, its sort column against the kind's columns. */
    TableView validated(List<Column> columns) {
        TableView view = checked();
        RowQuery.columnIndex(columns, view.sort()); // checked before any read
        return view;
    }

    /** Whether serving it needs more than the API server offers (a name filter, a sort). */
    boolean inMemory() {
        return nameContains != null || sort != null || "desc".equals(order);
    }

    /** The read model's query for this view. */
    RowQuery query(Set<String> namespaces, String labelSelector, Integer limit, String continueToken) {
        return new RowQuery(namespaces, labelSelector, nameContains, sort, "desc".equals(order),
                limit == null ? Integer.MAX_VALUE : limit, continueToken);
    }
}
