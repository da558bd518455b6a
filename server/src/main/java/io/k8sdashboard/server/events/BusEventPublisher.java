package io.k8sdashboard.server.events;

import io.k8sdashboard.plugin.api.EventPublisher;
import io.k8sdashboard.plugin.api.EventTarget;
import java.util.Map;
import java.util.Objects;

/** A plugin's {@link EventPublisher}: publishes on the {@link EventBus} with the plugin as source. */
public final class BusEventPublisher implements EventPublisher {

    private final EventBus bus;
    private final String source;

    public BusEventPublisher(EventBus bus, String source) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void publish(String type, Map<String, Object> payload) {
        bus.publish(type, source, payload);
    }

    @Override
    public void publish(EventTarget target, String type, Map<String, Object> payload) {
        bus.publish(type, source, payload, audience(target));
    }

    static EventAudience audience(EventTarget target) {
        Objects.requireNonNull(target, "target");
        if (target instanceof EventTarget.User user) {
            return EventAudience.user(user.name());
        }
        if (target instanceof EventTarget.Operation operation) {
            return EventAudience.operation(operation.id());
        }
        EventTarget.Resources resources = (EventTarget.Resources) target;
        return EventAudience.resources(resources.kind(), resources.namespace());
    }
}
