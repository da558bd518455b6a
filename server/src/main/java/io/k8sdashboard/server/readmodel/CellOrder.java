package io.k8sdashboard.server.readmodel;

import io.k8sdashboard.plugin.api.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The ascending order of table cells when sorting by a column: numbers by value, text
 * case-insensitively first (so "b" follows "A"), false before true, empty cells last. Cells of
 * different types (a provider returning a number for some rows and text for others) order
 * numbers, then text, then booleans. A descending sort reverses the whole order.
 *
 * <p>Times: a DATE cell is an ISO-8601 timestamp, which orders as text by time, so ascending is
 * oldest first (largest age first), as {@code kubectl get --sort-by=.metadata.creationTimestamp}.
 * A DURATION cell ({@link TimeSpan}) orders by length: ended spans shortest first, then open
 * ones (a running Job) shortest so far first, that is latest start first. An open span is put
 * after every ended one rather than measured against the clock, so the order does not change
 * while a client pages through it.
 */
final class CellOrder {

    private CellOrder() {
    }

    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        String x = a.toString();
        String y = b.toString();
        int spans = compareSpans(x, y);
        if (spans != 0) {
            return spans;
        }
        int ignoringCase = String.CASE_INSENSITIVE_ORDER.compare(x, y);
        return ignoringCase != 0 ? ignoringCase : x.compareTo(y);
    }

    private static int rank(Object value) {
        if (value instanceof Number) {
            return 0;
        }
        return value instanceof Boolean ? 2 : 1;
    }

    /** Orders two span cells (0 when either is not a span, or they tie). */
    private static int compareSpans(String x, String y) {
        if (x.indexOf('/') < 0 || y.indexOf('/') < 0) {
            return 0;
        }
        Optional<Instant> startX = TimeSpan.start(x);
        Optional<Instant> startY = TimeSpan.start(y);
        if (startX.isEmpty() || startY.isEmpty()) {
            return 0;
        }
        Optional<Instant> endX = TimeSpan.end(x);
        Optional<Instant> endY = TimeSpan.end(y);
        if (endX.isPresent() != endY.isPresent()) {
            return endX.isPresent() ? -1 : 1;
        }
        if (endX.isEmpty()) {
            return startY.get().compareTo(startX.get());
        }
        return Duration.between(startX.get(), endX.get()).compareTo(Duration.between(startY.get(), endY.get()));
    }
}
