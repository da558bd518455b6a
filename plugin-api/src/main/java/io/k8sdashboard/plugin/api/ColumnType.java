package io.k8sdashboard.plugin.api;

/**
 * How the UI formats and sorts a column's values, after the OpenAPI types kubectl's table
 * columns use.
 *
 * @since 1.0.0
 */
public enum ColumnType {
    /** Free text. @since 1.0.0 */
    STRING,
    /** A whole number, sorted numerically. @since 1.0.0 */
    INTEGER,
    /** A decimal number, sorted numerically. @since 1.0.0 */
    NUMBER,
    /** True or false. @since 1.0.0 */
    BOOLEAN,
    /**
     * A point in time as an ISO-8601 string; shown as an age ("5m", "3d") like kubectl's AGE,
     * computed by the viewer against its own clock, so it keeps counting while the row stays as
     * it was indexed. Sorted by the time itself: ascending puts the oldest first, as
     * {@code kubectl get --sort-by=.metadata.creationTimestamp} does.
     *
     * @since 1.0.0
     */
    DATE,
    /**
     * A span of time, written by {@link TimeSpan#of(String, String)} as {@code start/end} or, while
     * it has not ended, {@code start/}; shown as its length like kubectl's DURATION ("45s",
     * "3m20s", "2d4h"). An open span is measured by the viewer up to its own clock, so a running
     * Job's duration keeps counting although rows are computed once, when the watch delivers the
     * object. Never compute a length against "now" in a column: it would freeze at index time.
     * Sorted ascending by length: ended spans shortest first, then open ones, shortest so far
     * (latest start) first.
     *
     * @since 1.1.0
     */
    DURATION
}
