package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventBus;
import io.k8sdashboard.server.events.EventSubscription;
import java.util.logging.Logger;
import org.redisson.api.RedissonClient;

/**
 * Relays plugin events between replicas over the Redis topic {@value #CHANNEL}, as
 * {@link ChangeRelay} relays changes: every event published on this replica's {@link EventBus}
 * goes out with this replica's id and an increasing sequence number; events of other replicas are
 * published on the local bus marked remote (so they are delivered here and not relayed again).
 *
 * <p>The local bus has already delivered an event to this replica's tabs before it is relayed, so
 * Redis being slow or down never delays or fails local delivery: events that cannot be published
 * are counted ({@code event-publish}, {@code event-publish-queue-full}). Events are not replayed:
 * a sequence gap (lost messages) or a resubscription is logged and counted
 * ({@code event-gap}); a tab that follows an operation again is sent its latest event seen here.
 */
public final class EventRelay implements AutoCloseable {

    /** The topic. */
    public static final String CHANNEL = "k8sdashboard:events";
    static final int QUEUE_CAPACITY = 10_000;

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());

    private final String replicaId;
    private final EventBus bus;
    private final FallbackCounter fallbacks;
    private final RelayInbox<EventEnvelope> inbox;
    private final RelayTopic topic;
    private EventSubscription localEvents;
    private volatile boolean closed;

    public EventRelay(String replicaId, EventBus bus, RedisOps ops, FallbackCounter fallbacks, int queueCapacity) {
        this.replicaId = replicaId;
        this.bus = bus;
        this.fallbacks = fallbacks;
        this.inbox = new RelayInbox<>(CHANNEL, replicaId, EventEnvelope.class, this::gap,
                envelope -> bus.publish(envelope.event().asRemote()));
        this.topic = new RelayTopic(CHANNEL, "event-", ops, fallbacks, queueCapacity, this::lost, inbox::onMessage);
    }

    /** Starts relaying this replica's events (dropped and counted until Redis answers). */
    public synchronized void publishLocalEvents() {
        if (localEvents == null && !closed) {
            localEvents = bus.subscribe(this::onLocalEvent);
        }
    }

    /** Subscribes to the topic with {@code client}; retried every two seconds until it succeeds. */
    public void subscribe(RedissonClient client) {
        topic.subscribe(client);
    }

    /** An event of this replica: queued for publishing; never blocks, never throws. */
    void onLocalEvent(DashboardEvent event) {
        if (event.remote() || closed) {
            return;
        }
        topic.publish(seq -> RedisJson.MAPPER.writeValueAsString(new EventEnvelope(replicaId, seq, event)));
    }

    /** The topic (re)subscribed: after the first time, events may have been lost while disconnected. */
    void onSubscribed() {
        topic.onSubscribed();
    }

    private void lost() {
        inbox.forgetSequences();
        fallbacks.fallback("event-gap");
        LOG.info("Event topic resubscribed after a Redis disconnection: events of other replicas may have been lost");
    }

    private void gap(String source) {
        fallbacks.fallback("event-gap");
        LOG.fine(() -> "Event sequence gap from replica " + source + ": events were lost");
    }

    /** A message from the topic. */
    void onMessage(String message) {
        inbox.onMessage(message);
    }

    @Override
    public void close() {
        EventSubscription subscription;
        synchronized (this) {
            closed = true;
            subscription = localEvents;
            localEvents = null;
        }
        if (subscription != null) {
            subscription.close();
        }
        topic.close();
    }
}
