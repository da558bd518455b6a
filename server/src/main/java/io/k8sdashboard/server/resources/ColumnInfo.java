package io.k8sdashboard.server.resources;

import io.k8sdashboard.plugin.api.Column;
import java.util.Locale;

/**
 * A table column as the REST API describes it.
 *
 * @param name header
 * @param type string, integer, number, boolean, date (a timestamp, shown as an age) or duration (a
 *             {@code start/end} or open {@code start/} span, shown as its length)
 * @param priority 0 shown by default, 1 wide view only
 * @param description tooltip
 */
public record ColumnInfo(String name, String type, int priority, String description) {

    static ColumnInfo of(Column column) {
        return new ColumnInfo(column.name(), column.type().name().toLowerCase(Locale.ROOT), column.priority(), column.description());
    }
}
