package io.k8sdashboard.server.redis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;

/**
 * One Redis pub/sub topic between replicas, as the relays use it: messages numbered per publisher
 * and published in order by one thread from a bounded queue (never blocking the caller; a full
 * queue or a failed publish is counted as a fallback, and its number is skipped so that receivers
 * see the gap), and a subscription retried every two seconds until it holds.
 */
final class RelayTopic implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayTopic.class.getName());

    private final String channel;
    private final String fallbackPrefix;
    private final RedisOps ops;
    private final FallbackCounter fallbacks;
    private final ThreadPoolExecutor publisher;
    private final ScheduledExecutorService subscriber;
    private final AtomicBoolean subscribedOnce = new AtomicBoolean();
    private final Runnable onResubscribed;
    private final Consumer<String> onMessage;
    private long nextSeq = 1;
    private RTopic topic;
    private volatile boolean closed;

    /**
     * @param fallbackPrefix put before the fallback operations {@code publish} and {@code publish-queue-full}
     * @param onResubscribed told when the topic was subscribed again after a disconnection (messages may be lost)
     * @param onMessage every message on the topic, this replica's own included
     */
    RelayTopic(String channel, String fallbackPrefix, RedisOps ops, FallbackCounter fallbacks, int queueCapacity,
            Runnable onResubscribed, Consumer<String> onMessage) {
        this.channel = channel;
        this.fallbackPrefix = fallbackPrefix;
        this.ops = ops;
        this.fallbacks = fallbacks;
        this.onResubscribed = onResubscribed;
        this.onMessage = onMessage;
        ClassLoader loader = RelayTopic.class.getClassLoader();
        this.publisher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "redis-publisher " + channel);
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        }, (task, executor) -> fallbacks.fallback(fallbackPrefix + "publish-queue-full"));
        this.subscriber = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redis-subscriber " + channel);
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /**
     * Numbers a message and queues it for publishing; never blocks.
     *
     * @param message renders the message with its sequence number (called on the publishing thread)
     */
    void publish(LongFunction<String> message) {
        if (closed) {
            return;
        }
        // Numbering and queueing together, so that the queue holds messages in sequence order.
        synchronized (publisher) {
            long seq = nextSeq++;
            publisher.execute(() -> send(message, seq));
        }
    }

    private void send(LongFunction<String> message, long seq) {
        try {
            ops.publish(channel, message.apply(seq));
        } catch (RuntimeException e) {
            // Its sequence number is used: receivers see the gap.
            fallbacks.fallback(fallbackPrefix + "publish");
            LOG.log(Level.FINE, "Publishing on " + channel + " failed", e);
        }
    }

    /** Subscribes to the topic with {@code client}; retried every two seconds until it succeeds. */
    void subscribe(RedissonClient client) {
        RTopic t = client.getTopic(channel, StringCodec.INSTANCE);
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
                public void onSubscribe(String name) {
                    onSubscribed();
                }

                @Override
                public void onUnsubscribe(String name) {
                    // Redisson resubscribes after a reconnect; onSubscribe handles the catch-up.
                }
            }).toCompletableFuture()
                    .thenCompose(id -> t.addListenerAsync(String.class, (name, message) -> onMessage.accept(message)).toCompletableFuture())
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
        LOG.log(Level.FINE, "Subscribing to " + channel + " failed; retrying", error);
        try {
            t.removeAllListeners();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Removing half-added listeners failed", e);
        }
        subscriber.schedule(() -> trySubscribe(t), RedisSettings.CREATE_RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The topic (re)subscribed: after the first time, messages may have been lost while disconnected. */
    void onSubscribed() {
        if (subscribedOnce.compareAndSet(false, true)) {
            return;
        }
        onResubscribed.run();
    }

    @Override
    public void close() {
        RTopic t;
        synchronized (this) {
            closed = true;
            t = topic;
        }
        if (t != null) {
            try {
                t.removeAllListeners();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Unsubscribing from " + channel + " failed", e);
            }
        }
        publisher.shutdownNow();
        subscriber.shutdownNow();
    }
}
