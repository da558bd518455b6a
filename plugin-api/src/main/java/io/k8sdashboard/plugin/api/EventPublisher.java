package io.k8sdashboard.plugin.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pushes events to browsers over {@code /ws}, on this replica and, when Redis is configured, on
 * the other replicas too. Delivery is best effort (at most once): a tab that was not connected,
 * or a message Redis lost, is not replayed, except that a tab following an operation is sent that
 * operation's latest event when it starts following.
 *
 * @since 1.0.0
 */
public interface EventPublisher {

    /**
     * Publishes an event about a resource: it reaches the subscriptions to the kind named by the
     * payload's {@code kind} (and, for a namespaced kind, its {@code namespace}) whose user may read
     * that kind there. An event whose payload names no kind reaches nobody; name a receiver with
     * {@link #publish(EventTarget, String, Map)} instead.
     *
     * @param type the event name ("gadget:alert")
     * @param payload JSON-compatible data (maps, lists, strings, numbers, booleans)
     * @since 1.0.0
     */
    void publish(String type, Map<String, Object> payload);

    /**
     * Publishes an event to an explicit receiver: a user's tabs, the followers of an operation, or
     * the subscribers of a kind in a namespace who may read it (see {@link EventTarget}).
     *
     * <p>The default implementation, for publishers written against 1.1, supports only
     * {@link EventTarget.Resources} (by adding {@code kind} and {@code namespace} to the payload).
     *
     * @param target who receives it
     * @param type the event name
     * @param payload JSON-compatible data
     * @throws UnsupportedOperationException in the default implementation, for user and operation targets
     * @since 1.2.0
     */
    default void publish(EventTarget target, String type, Map<String, Object> payload) {
        if (target instanceof EventTarget.Resources resources) {
            Map<String, Object> withTarget = new LinkedHashMap<>(payload == null ? Map.of() : payload);
            withTarget.put("kind", resources.kind());
            withTarget.put("namespace", resources.namespace());
            publish(type, withTarget);
            return;
        }
        throw new UnsupportedOperationException("this publisher supports only resource targets");
    }
}
