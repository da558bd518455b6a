package io.k8sdashboard.plugin.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The value of a {@link ColumnType#DURATION} cell: a span between two points in time, written
 * in ISO-8601's interval notation {@code start/end} (for example
 * {@code 2026-03-10T12:00:00Z/2026-03-10T12:03:20Z}), or {@code start/} while the span has not
 * ended (a running Job). The viewer shows the length, an open span's measured to its own clock.
 *
 * @since 1.1.0
 */
public final class TimeSpan {

    private TimeSpan() {
    }

    /**
     * The cell for a span.
     *
     * @param start when it began, an API timestamp ({@code 2026-03-10T12:00:00Z}); {@code null} or
     *              unparseable: no span (an empty cell, as kubectl prints for a Job not started)
     * @param end when it ended, {@code null} while it goes on; unparseable counts as not ended
     * @return {@code start/end}, {@code start/}, or {@code null}
     * @since 1.1.0
     */
    public static String of(String start, String end) {
        if (parse(start).isEmpty()) {
            return null;
        }
        return start + "/" + (parse(end).isPresent() ? end : "");
    }

    /**
     * The start of a span cell.
     *
     * @param span a cell written by {@link #of(String, String)}
     * @return the start, empty when the text is not a span
     * @since 1.1.0
     */
    public static Optional<Instant> start(String span) {
        int slash = span == null ? -1 : span.indexOf('/');
        return slash < 0 ? Optional.empty() : parse(span.substring(0, slash));
    }

    /**
     * The end of a span cell.
     *
     * @param span a cell written by {@link #of(String, String)}
     * @return the end, empty when the span is open or the text is not a span
     * @since 1.1.0
     */
    public static Optional<Instant> end(String span) {
        int slash = span == null ? -1 : span.indexOf('/');
        return slash < 0 || start(span).isEmpty() ? Optional.empty() : parse(span.substring(slash + 1));
    }

    /**
     * The length of a span cell: end minus start, or for an open span {@code now} minus start.
     *
     * @param span a cell written by {@link #of(String, String)}
     * @param now the time an open span is measured to
     * @return the length, empty when the text is not a span
     * @since 1.1.0
     */
    public static Optional<Duration> length(String span, Instant now) {
        return start(span).map(from -> Duration.between(from, end(span).orElse(now)));
    }

    private static Optional<Instant> parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(timestamp.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
