package io.k8sdashboard.server.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event pushed to browsers: {@code deployment:progress}, a plugin's own events...
 *
 * @param type the event name, lowercase words joined by {@code :} and {@code -}
 * @param source who published it: a plugin id, or {@code core}
 * @param payload JSON-compatible data (a defensive, unmodifiable copy; null values allowed)
 * @param timestamp when it was published
 * @param audience who receives it
 * @param remote true when another replica published it (received through Redis): not relayed again
 */
public record DashboardEvent(String type, String source, Map<String, Object> payload, Instant timestamp,
        EventAudience audience, boolean remote) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)*");

    public DashboardEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(audience, "audience");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like 'deployment:progress': " + type);
        }
        // LinkedHashMap rather than Map.copyOf: JSON payloads may carry null values.
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /** A local event addressed by its payload's kind and namespace (API 1.0/1.1 events). */
    public DashboardEvent(String type, String source, Map<String, Object> payload, Instant timestamp) {
        this(type, source, payload, timestamp, EventAudience.fromPayload(payload), false);
    }

    /** The same event as received from another replica. */
    public DashboardEvent asRemote() {
        return new DashboardEvent(type, source, payload, timestamp, audience, true);
    }
}
