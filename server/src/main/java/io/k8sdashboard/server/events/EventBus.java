package io.k8sdashboard.server.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In-process fan-out of {@link DashboardEvent}s to subscribers (the WebSocket layer and the Redis
 * event relay).
 *
 * <p>Delivery is synchronous on the publisher's thread, so subscribers must only enqueue (into
 * their own bounded, coalescing queue) and return. The number of subscribers is bounded so a
 * leak of WebSocket sessions shows up as refused subscriptions instead of growing memory. A
 * subscriber that throws is dropped: a broken consumer must not slow every publisher down.
 */
@ApplicationScoped
public class EventBus {

    /** Enough for one subscription per open browser tab on a busy replica. */
    static final int DEFAULT_MAX_SUBSCRIBERS = 4096;

    private static final Logger LOG = Logger.getLogger(EventBus.class.getName());

    private final Set<Registration> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private final int maxSubscribers;
    private final Clock clock;

    public EventBus() {
        this(DEFAULT_MAX_SUBSCRIBERS, Clock.systemUTC());
    }

    EventBus(int maxSubscribers, Clock clock) {
        this.maxSubscribers = maxSubscribers;
        this.clock = clock;
    }

    /**
     * Registers a subscriber.
     *
     * @throws IllegalStateException when the bus already has its maximum of subscribers
     */
    public EventSubscription subscribe(Consumer<DashboardEvent> subscriber) {
        java.util.Objects.requireNonNull(subscriber, "subscriber");
        int now = count.incrementAndGet();
        if (now > maxSubscribers) {
            count.decrementAndGet();
            throw new IllegalStateException("event bus is full: " + maxSubscribers + " subscribers");
        }
        Registration registration = new Registration(subscriber);
        subscribers.add(registration);
        return registration;
    }

    /** Publishes an event addressed by its payload's kind and namespace to every current subscriber. */
    public void publish(String type, String source, Map<String, Object> payload) {
        publish(new DashboardEvent(type, source, payload, clock.instant()));
    }

    /** Publishes an event for an explicit audience to every current subscriber. */
    public void publish(String type, String source, Map<String, Object> payload, EventAudience audience) {
        publish(new DashboardEvent(type, source, payload, clock.instant(), audience, false));
    }

    /** Publishes an already built event. */
    public void publish(DashboardEvent event) {
        for (Registration registration : subscribers) {
            try {
                registration.subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dropping event subscriber that failed on " + event.type(), e);
                registration.close();
            }
        }
    }

    /** The number of live subscriptions. */
    public int subscriberCount() {
        return count.get();
    }

    private final class Registration implements EventSubscription {
        private final Consumer<DashboardEvent> subscriber;

        Registration(Consumer<DashboardEvent> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void close() {
            if (subscribers.remove(this)) {
                count.decrementAndGet();
            }
        }
    }
}
