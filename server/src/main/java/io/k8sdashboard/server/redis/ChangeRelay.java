package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ReplicaChanges;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;

/**
 * Relays changes between replicas over the Redis topic {@value #CHANNEL}: publishes every change
 * this replica's own watches see, with this replica's id and an increasing sequence number, and
 * hands changes other replicas publish to the local read model ({@link ReplicaChanges#applyRemote}).
 *
 * <p>Pub/sub is at-most-once: a sequence gap from a known source, or a resubscription after the
 * connection was lost, makes every local listener resync ({@link ReplicaChanges#resyncAll}).
 *
 * <p>Publishing never blocks the read model's thread: changes wait in a bounded queue for one
 * publishing thread; when the queue is full (Redis slow or down) a change is dropped and counted,
 * and its sequence number is skipped so that receivers notice.
 */
public final class ChangeRelay implements AutoCloseable {

    /** The topic. */
    public static final String CHANNEL = "k8sdashboard:changes";
    static final int QUEUE_CAPACITY = 10_000;
    static final int MAX_SOURCES = 1_024;

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

    private final String replicaId;
    private final ReplicaChanges changes;
    private final RedisOps ops;
    private final FallbackCounter fallbacks;
    private final SourceSequences sequences = new SourceSequences(MAX_SOURCES);
    private final ThreadPoolExecutor publisher;
    private final ScheduledExecutorService subscriber;
    private final AtomicBoolean subscribedOnce = new AtomicBoolean();
    private long nextSeq = 1;
    private ListenerRegistration localChanges;
    private RTopic topic;
    private volatile boolean closed;

    /**
     * @param replicaId this replica's source id
     * @param changes the local read model
     * @param ops publishes (through the fault-tolerant bean when in CDI)
     * @param fallbacks counts changes that could not be published
     */
    public ChangeRelay(String replicaId, ReplicaChanges changes, RedisOps ops, FallbackCounter fallbacks, int queueCapacity) {
        this.replicaId = replicaId;
        this.changes = changes;
        this.ops = ops;
        this.fallbacks = fallbacks;
        ClassLoader loader = ChangeRelay.class.getClassLoader();
        this.publisher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "redis-change-publisher");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        }, (task, executor) -> fallbacks.fallback("publish-queue-full"));
        this.subscriber = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redis-change-subscriber");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /** Starts publishing local changes (they are dropped and counted until Redis answers). */
    public synchronized void publishLocalChanges() {
        if (localChanges == null && !closed) {
            localChanges = changes.listenAll(this::onLocalChange);
        }
    }

    /** Subscribes to the topic with {@code client}; retried every two seconds until it succeeds. */
    public void subscribe(RedissonClient client) {
        RTopic t = client.getTopic(CHANNEL, StringCodec.INSTANCE);
        synchronized (this) {
            topic = t;
        }
        trySubscribe(t);
    }

    private void trySubscribe(RTopic t) {
        if (closed) {
            return;
        }
        try {
            t.addListenerAsync(new StatusListener() {
                @Override
                public void onSubscribe(String channel) {
                    onSubscribed();
                }

                @Override
                public void onUnsubscribe(String channel) {
                    // Redisson resubscribes after a reconnect; onSubscribe handles the catch-up.
                }
            }).toCompletableFuture()
                    .thenCompose(id -> t.addListenerAsync(String.class, (channel, message) -> onMessage(message)).toCompletableFuture())
                    .whenComplete((id, error) -> {
                        if (error != null) {
                            retrySubscribe(t, error);
                        }
                    });
        } catch (RuntimeException e) {
            retrySubscribe(t, e);
        }
    }

    private void retrySubscribe(RTopic t, Throwable error) {
        if (closed) {
            return;
        }
        LOG.log(Level.FINE, "Subscribing to " + CHANNEL + " failed; retrying", error);
        try {
            t.removeAllListeners();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Removing half-added listeners failed", e);
        }
        subscriber.schedule(() -> trySubscribe(t), RedisSettings.CREATE_RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A change from this replica's own watches: queued for publishing; never blocks. */
    void onLocalChange(ResourceChange change) {
        if (change.remote() || closed) {
            return;
        }
        // Numbering and queueing together, so that the queue holds changes in sequence order.
        synchronized (publisher) {
            ChangeEnvelope envelope = new ChangeEnvelope(replicaId, nextSeq++, change);
            publisher.execute(() -> publish(envelope));
        }
    }

    private void publish(ChangeEnvelope envelope) {
        try {
            ops.publish(CHANNEL, RedisJson.MAPPER.writeValueAsString(envelope));
        } catch (RuntimeException e) {
            // Its sequence number is used: receivers see the gap and resync.
            fallbacks.fallback("publish");
            LOG.log(Level.FINE, "Publishing a change failed", e);
        }
    }

    /** The topic (re)subscribed: after the first time, messages may have been lost while disconnected. */
    void onSubscribed() {
        if (subscribedOnce.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Change topic resubscribed after a Redis disconnection: resyncing every kind");
        sequences.clear();
        changes.resyncAll();
    }

    /** A message from the topic. */
    void onMessage(String message) {
        ChangeEnvelope envelope;
        try {
            envelope = RedisJson.MAPPER.readValue(message, ChangeEnvelope.class);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a malformed message on " + CHANNEL + ": " + e.getMessage());
            return;
        }
        if (replicaId.equals(envelope.source())) {
            return;
        }
        switch (sequences.accept(envelope.source(), envelope.seq())) {
            case STALE -> {
                return;
            }
            case GAP -> {
                LOG.fine(() -> "Sequence gap from replica " + envelope.source() + ": resyncing every kind");
                changes.resyncAll();
            }
            default -> {
            }
        }
        changes.applyRemote(envelope.change().asRemote());
    }

    @Override
    public void close() {
        ListenerRegistration registration;
        RTopic t;
        synchronized (this) {
            closed = true;
            registration = localChanges;
            localChanges = null;
            t = topic;
        }
        if (registration != null) {
            registration.close();
        }
        if (t != null) {
            try {
                t.removeAllListeners();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Unsubscribing from " + CHANNEL + " failed", e);
            }
        }
        publisher.shutdownNow();
        subscriber.shutdownNow();
    }
}
