package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.readmodel.ResourceChange;
import io.k8sdashboard.server.readmodel.RowPage;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A session's way out: a bounded, coalescing {@link OutboundQueue} drained by one asynchronous
 * send at a time, on a pool thread, so the read model's thread only ever enqueues.
 *
 * <p>Snapshots are read from the model page by page as they are sent (a page in memory at a time);
 * changes queued after a snapshot wait until its last page is out. A change seen before a
 * subscription's snapshot is queued is dropped: the snapshot, read later, already shows it.
 *
 * <p>Overflow: the pending messages are dropped, each subscription gets {@code resync} and a fresh
 * snapshot; at the third overflow within a minute the connection is closed (1008): memory stays
 * bounded whatever the client's speed.
 */
final class SessionOutbox {

    static final int SLOW_CONSUMER_CLOSE_CODE = 1008;

    private static final Logger LOG = Logger.getLogger(SessionOutbox.class.getName());

    /** Where a snapshot stands while its pages are sent. */
    private record Cursor(Subscription subscription, int page, String continueToken) {
    }

    /** What the pump picked under the lock, sent outside it. */
    private record Next(Outbound item, Cursor cursor) {
    }

    private final Object lock = new Object();
    private final OutboundQueue queue;
    private final Outlet outlet;
    private final Executor executor;
    private final BiFunction<Subscription, String, RowPage> pages;
    private final Supplier<Collection<Subscription>> subscriptions;
    private final Consumer<Subscription> snapshotFailed;
    private final SlowConsumerPolicy slowConsumers;
    private final PushMetrics metrics;

    private Cursor cursor;
    private boolean sending;
    private boolean scheduled;
    private boolean closed;

    /**
     * @param pages reads one snapshot page (subscription, continue token)
     * @param subscriptions the session's current subscriptions, to resync after an overflow
     * @param snapshotFailed told when a subscription's snapshot cannot be read (it has been sent an error)
     */
    SessionOutbox(int capacity, Outlet outlet, Executor executor, BiFunction<Subscription, String, RowPage> pages,
            Supplier<Collection<Subscription>> subscriptions, Consumer<Subscription> snapshotFailed,
            SlowConsumerPolicy slowConsumers, PushMetrics metrics) {
        this.queue = new OutboundQueue(capacity);
        this.outlet = Objects.requireNonNull(outlet);
        this.executor = Objects.requireNonNull(executor);
        this.pages = Objects.requireNonNull(pages);
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.snapshotFailed = Objects.requireNonNull(snapshotFailed);
        this.slowConsumers = Objects.requireNonNull(slowConsumers);
        this.metrics = Objects.requireNonNull(metrics);
    }

    /** Queues a rendered message (error, pong...). */
    void send(Subscription subscription, String json) {
        enqueue(new Outbound.Text(subscription, json), false);
    }

    /** Queues a change unless the subscription's snapshot is not queued yet (it will show the change). */
    void change(Subscription subscription, ResourceChange change) {
        enqueue(new Outbound.Change(subscription, change), true);
    }

    /** Queues a bus event for a subscription that has started. */
    void event(Subscription subscription, io.k8sdashboard.server.events.DashboardEvent event) {
        enqueue(new Outbound.Event(subscription, event), true);
    }

    /** Marks the subscription live and queues its first snapshot. */
    void start(Subscription subscription) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            subscription.live(true);
            if (!queue.offer(new Outbound.Snapshot(subscription))) {
                overflow();
            }
        }
        schedule();
    }

    /**
     * Drops what is pending for the subscription and queues {@code resync} and a fresh snapshot
     * (the model missed changes, or the subscription's namespaces changed).
     */
    void resync(Subscription subscription, String reason) {
        synchronized (lock) {
            if (closed || !subscription.live()) {
                return;
            }
            forgetLocked(subscription);
            queue.forceAdd(new Outbound.Text(subscription, ServerMessages.resync(subscription.id(), reason)));
            queue.forceAdd(new Outbound.Snapshot(subscription));
        }
        metrics.resync();
        schedule();
    }

    /** Drops what is pending for a subscription that ended. */
    void forget(Subscription subscription) {
        synchronized (lock) {
            subscription.live(false);
            forgetLocked(subscription);
        }
    }

    /** Stops sending (the connection is closing or closed). */
    void close() {
        synchronized (lock) {
            closed = true;
            queue.clear();
            cursor = null;
        }
    }

    /** Messages waiting (tests). */
    int pending() {
        synchronized (lock) {
            return queue.size() + (cursor == null ? 0 : 1);
        }
    }

    private void enqueue(Outbound item, boolean onlyWhenLive) {
        boolean closeNow;
        synchronized (lock) {
            if (closed || onlyWhenLive && !item.subscription().live()) {
                return;
            }
            if (queue.offer(item)) {
                closeNow = false;
            } else {
                closeNow = overflow();
            }
        }
        if (closeNow) {
            metrics.slowConsumerClosed();
            outlet.close(SLOW_CONSUMER_CLOSE_CODE, "Too slow: events were dropped " + SlowConsumerPolicy.MAX_OVERFLOWS
                    + " times within a minute");
        } else {
            schedule();
        }
    }

    /** Under the lock. @return true when the session must be closed instead of resynced */
    private boolean overflow() {
        queue.clear();
        cursor = null;
        if (slowConsumers.overflowed()) {
            closed = true;
            return true;
        }
        for (Subscription subscription : subscriptions.get()) {
            if (subscription.live()) {
                queue.forceAdd(new Outbound.Text(subscription,
                        ServerMessages.resync(subscription.id(), "events dropped: the client reads too slowly")));
                queue.forceAdd(new Outbound.Snapshot(subscription));
                metrics.resync();
            }
        }
        return false;
    }

    private void forgetLocked(Subscription subscription) {
        queue.removeIf(item -> item.subscription() == subscription);
        if (cursor != null && cursor.subscription() == subscription) {
            cursor = null;
        }
    }

    private void schedule() {
        synchronized (lock) {
            if (sending || scheduled || closed) {
                return;
            }
            scheduled = true;
        }
        try {
            executor.execute(this::pump);
        } catch (RejectedExecutionException e) {
            synchronized (lock) {
                scheduled = false;
            }
        }
    }

    /** Sends the next message, if any and none is in flight. */
    void pump() {
        Next next;
        synchronized (lock) {
            scheduled = false;
            if (sending || closed) {
                return;
            }
            next = takeNext();
            if (next == null) {
                return;
            }
            sending = true;
        }
        String text;
        try {
            text = next.cursor() != null ? snapshotPage(next.cursor()) : render(next.item());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not render a WebSocket message", e);
            text = null;
        }
        if (text == null) {
            finished(null);
            return;
        }
        try {
            outlet.send(text, failure -> {
                if (failure == null) {
                    metrics.messageSent();
                }
                finished(failure);
            });
        } catch (RuntimeException e) {
            finished(e);
        }
    }

    /** Under the lock: a snapshot in progress first, then the queue. */
    private Next takeNext() {
        if (cursor != null) {
            return new Next(null, cursor);
        }
        Outbound item = queue.poll();
        if (item == null) {
            return null;
        }
        if (item instanceof Outbound.Snapshot snapshot) {
            cursor = new Cursor(snapshot.subscription(), 0, null);
            return new Next(null, cursor);
        }
        return new Next(item, null);
    }

    /** Reads and renders one page; {@code null} when the snapshot was cancelled meanwhile. */
    private String snapshotPage(Cursor at) {
        Subscription subscription = at.subscription();
        RowPage page;
        try {
            page = pages.apply(subscription, at.continueToken());
        } catch (RuntimeException e) {
            DashboardException problem = e instanceof DashboardException d ? d
                    : new DashboardException(503, "read-model-unavailable", "Live data unavailable",
                            "The rows of " + subscription.kind().resourceName() + " could not be read");
            if (!(e instanceof DashboardException)) {
                LOG.log(Level.WARNING, "snapshot of " + subscription + " failed", e);
            }
            synchronized (lock) {
                if (cursor != at) {
                    return null;
                }
                cursor = null;
            }
            snapshotFailed.accept(subscription);
            return ServerMessages.error(subscription.id(), problem, true);
        }
        String next = page.continueToken();
        // A token that does not move would loop forever: treat it as the end.
        boolean last = next == null || next.equals(at.continueToken());
        synchronized (lock) {
            if (cursor != at) {
                return null;
            }
            cursor = last ? null : new Cursor(subscription, at.page() + 1, next);
        }
        return ServerMessages.snapshot(subscription.id(), subscription.kind().resourceName(), page.rows(), at.page(), last,
                page.resourceVersion());
    }

    private static String render(Outbound item) {
        if (item instanceof Outbound.Text text) {
            return text.json();
        }
        if (item instanceof Outbound.Change change) {
            return ServerMessages.change(change.subscription().id(), change.change());
        }
        if (item instanceof Outbound.Event event) {
            return ServerMessages.event(event.subscription().id(), event.event());
        }
        throw new IllegalStateException("snapshots are paged by the cursor");
    }

    private void finished(Throwable failure) {
        synchronized (lock) {
            sending = false;
            if (failure != null) {
                // The connection is gone; the container tells the endpoint, which closes the session.
                closed = true;
                queue.clear();
                cursor = null;
            }
        }
        if (failure == null) {
            schedule();
        } else {
            LOG.log(Level.FINE, "WebSocket send failed", failure);
        }
    }
}
