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
     * A point in time as an ISO-8601 string; shown as an age ("5m", "3d") like kubectl's AGE.
     *
     * @since 1.0.0
     */
    DATE
}
