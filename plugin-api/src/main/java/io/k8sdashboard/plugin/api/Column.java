package io.k8sdashboard.plugin.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a kind's table, like a column of {@code kubectl get}.
 *
 * <p>The value function reads the column's value from an object. It must be total: for an
 * object missing the fields it reads it returns {@code null} (shown as empty), never throws. It
 * returns a {@link String}, {@link Number}, {@link Boolean}, for {@link ColumnType#DATE} an
 * ISO-8601 {@link String}, for {@link ColumnType#DURATION} a {@link TimeSpan} string. Rows are
 * computed once, when the watch delivers an object: a value must depend on the object only,
 * never on the current time (send the timestamps, the viewer computes ages and durations).
 *
 * @param name the header as kubectl prints it, in title case ("Ready", "Restarts")
 * @param type how the value is formatted and sorted
 * @param priority 0 for columns {@code kubectl get} shows, 1 for those only {@code -o wide} shows
 * @param description a short explanation shown as the header's tooltip
 * @param value reads the value from an object
 * @since 1.0.0
 */
public record Column(String name, ColumnType type, int priority, String description,
        Function<KubeObject, Object> value) {

    /**
     * Validates the column.
     *
     * @since 1.0.0
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
        if (priority < 0) {
            throw new IllegalArgumentException("priority must be 0 or more: " + priority);
        }
    }

    /**
     * A column shown by default.
     *
     * @param name header
     * @param type value type
     * @param description tooltip
     * @param value reads the value
     * @return the column
     * @since 1.0.0
     */
    public static Column of(String name, ColumnType type, String description, Function<KubeObject, Object> value) {
        return new Column(name, type, 0, description, value);
    }

    /**
     * A column shown only in the wide view.
     *
     * @param name header
     * @param type value type
     * @param description tooltip
     * @param value reads the value
     * @return the column
     * @since 1.0.0
     */
    public static Column wide(String name, ColumnType type, String description, Function<KubeObject, Object> value) {
        return new Column(name, type, 1, description, value);
    }

    /**
     * Applies the value function, turning a faulty function's exception into an empty cell so
     * that one bad column never breaks a whole table.
     *
     * @param object the object to read
     * @return the value or {@code null}
     * @since 1.0.0
     */
    public Object valueOf(KubeObject object) {
        try {
            return value.apply(object);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
