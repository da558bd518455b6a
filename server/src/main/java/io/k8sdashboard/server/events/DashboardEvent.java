package io.k8sdashboard.server.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event pushed to browsers: {@code resource:updated}, {@code deployment:progress}...
 *
 * @param type the event name, lowercase words joined by {@code :} and {@code -}
 * @param source who published it: a plugin id, or {@code core}
 * @param payload JSON-compatible data (a defensive, unmodifiable copy; null values allowed)
 * @param timestamp when it was published
 */
public record DashboardEvent(String type, String source, Map<String, Object> payload, Instant timestamp) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)*");

    public DashboardEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like 'deployment:progress': " + type);
        }
        // LinkedHashMap rather than Map.copyOf: JSON payloads may carry null values.
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
