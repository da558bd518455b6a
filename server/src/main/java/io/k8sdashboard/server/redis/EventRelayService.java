package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.events.EventBus;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/** Starts the {@link EventRelay} at server start when Redis is configured. */
@ApplicationScoped
public class EventRelayService {

    @Inject
    RedisConnection connection;
    @Inject
    RedisOps ops;
    @Inject
    RedisFallbackMetrics fallbacks;
    @Inject
    EventBus bus;

    private EventRelay relay;

    void onStart(@Observes Startup startup) {
        start();
    }

    synchronized void start() {
        if (relay != null || !connection.configured()) {
            return;
        }
        relay = new EventRelay(connection.replicaId(), bus, ops, fallbacks, EventRelay.QUEUE_CAPACITY);
        relay.publishLocalEvents();
        EventRelay started = relay;
        connection.whenReady(started::subscribe);
        connection.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }
}
