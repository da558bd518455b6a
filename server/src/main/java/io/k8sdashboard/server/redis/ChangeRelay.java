package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ReplicaChanges;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.logging.Logger;
import org.redisson.api.RedissonClient;

/**
 * Relays changes between replicas over the Redis topic {@value #CHANNEL}: publishes every change
 * this replica's own watches see, with this replica's id and an increasing sequence number, and
 * hands changes other replicas publish to the local read model ({@link ReplicaChanges#applyRemote}).
 *
 * <p>Pub/sub is at-most-once: a sequence gap from a known source, or a resubscription after the
 * connection was lost, makes every local listener resync ({@link ReplicaChanges#resyncAll}).
 *
 * <p>Publishing never blocks the read model's thread ({@link RelayTopic}): when the queue is full
 * (Redis slow or down) a change is dropped and counted, and its sequence number is skipped so that
 * receivers notice.
 */
public final class ChangeRelay implements AutoCloseable {

    /** The topic. */
    public static final String CHANNEL = "k8sdashboard:changes";
    static final int QUEUE_CAPACITY = 10_000;

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

    private final String replicaId;
    private final ReplicaChanges changes;
    private final RelayInbox<ChangeEnvelope> inbox;
    private final RelayTopic topic;
    private ListenerRegistration localChanges;
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
        this.inbox = new RelayInbox<>(CHANNEL, replicaId, ChangeEnvelope.class, this::gap,
                envelope -> changes.applyRemote(envelope.change().asRemote()));
        this.topic = new RelayTopic(CHANNEL, "", ops, fallbacks, queueCapacity, this::resubscribed, inbox::onMessage);
    }

    /** Starts publishing local changes (they are dropped and counted until Redis answers). */
    public synchronized void publishLocalChanges() {
        if (localChanges == null && !closed) {
            localChanges = changes.listenAll(this::onLocalChange);
        }
    }

    /** Subscribes to the topic with {@code client}; retried every two seconds until it succeeds. */
    public void subscribe(RedissonClient client) {
        topic.subscribe(client);
    }

    /** A change from this replica's own watches: queued for publishing; never blocks. */
    void onLocalChange(ResourceChange change) {
        if (change.remote() || closed) {
            return;
        }
        topic.publish(seq -> RedisJson.MAPPER.writeValueAsString(new ChangeEnvelope(replicaId, seq, change)));
    }

    /** The topic (re)subscribed: after the first time, messages may have been lost while disconnected. */
    void onSubscribed() {
        topic.onSubscribed();
    }

    private void resubscribed() {
        LOG.info("Change topic resubscribed after a Redis disconnection: resyncing every kind");
        inbox.forgetSequences();
        changes.resyncAll();
    }

    private void gap(String source) {
        LOG.fine(() -> "Sequence gap from replica " + source + ": resyncing every kind");
        changes.resyncAll();
    }

    /** A message from the topic. */
    void onMessage(String message) {
        inbox.onMessage(message);
    }

    @Override
    public void close() {
        ListenerRegistration registration;
        synchronized (this) {
            closed = true;
            registration = localChanges;
            localChanges = null;
        }
        if (registration != null) {
            registration.close();
        }
        topic.close();
    }
}
