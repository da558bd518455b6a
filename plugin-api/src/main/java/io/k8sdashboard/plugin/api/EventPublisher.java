package io.k8sdashboard.plugin.api;

import java.util.Map;

/**
 * Pushes events to the browsers connected to this replica over {@code /ws}. Delivery is best
 * effort: a client that misses events is told to resync. Events are not relayed to other
 * replicas through Redis yet (only the read model's changes are).
 *
 * @since 1.0.0
 */
public interface EventPublisher {

    /**
     * Publishes an event.
     *
     * @param type the event name ("deployment:progress")
     * @param payload JSON-compatible data (maps, lists, strings, numbers, booleans)
     * @since 1.0.0
     */
    void publish(String type, Map<String, Object> payload);
}
