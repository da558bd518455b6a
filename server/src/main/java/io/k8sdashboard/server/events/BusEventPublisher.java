package io.k8sdashboard.server.events;

import io.k8sdashboard.plugin.api.EventPublisher;
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
}
