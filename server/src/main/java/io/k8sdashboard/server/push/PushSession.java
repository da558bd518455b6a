package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventAudience;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.ratelimit.Bucket;
import io.k8sdashboard.server.ratelimit.RateDecision;
import io.k8sdashboard.server.ratelimit.RateLimitedException;
import io.k8sdashboard.server.readmodel.ChangeListener;
import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One browser tab's socket: its user (fixed at the handshake), its subscriptions, the operations
 * it follows and its outbox.
 * Every client message, and every re-check of access, runs with that user bound to the thread
 * ({@link CurrentUser}), so access reviews and Kubernetes calls are made as the user.
 */
final class PushSession {

    private static final Logger LOG = Logger.getLogger(PushSession.class.getName());

    private final RequestIdentity identity;
    private final PushServices services;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final java.util.Set<String> followed = ConcurrentHashMap.newKeySet();
    private final SessionOutbox outbox;
    private volatile boolean closed;

    PushSession(RequestIdentity identity, PushServices services, Outlet outlet) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.services = services;
        this.outbox = new SessionOutbox(services.settings().queueSize(), outlet, services.executor(),
                (subscription, token) -> services.feed().get().page(subscription.kind(),
                        subscription.query(token, services.settings().snapshotPageSize())),
                subscriptions::values, this::snapshotFailed, new SlowConsumerPolicy(services.clock()), services.metrics());
    }

    RequestIdentity identity() {
        return identity;
    }

    /** Handles one client message; never throws (a bad message gets an {@code error} message). */
    void receive(String text) {
        if (closed) {
            return;
        }
        CurrentUser.bind(identity);
        try {
            ClientMessage message = ClientMessages.parse(text, services.settings().maxMessageBytes());
            if (message instanceof ClientMessage.Subscribe subscribe) {
                subscribe(subscribe);
            } else if (message instanceof ClientMessage.Unsubscribe unsubscribe) {
                unsubscribe(unsubscribe.id());
            } else if (message instanceof ClientMessage.Follow follow) {
                follow(follow.operation());
            } else {
                outbox.send(null, ServerMessages.pong());
            }
        } catch (RejectedMessage e) {
            String id = e.subscriptionId();
            outbox.send(null, ServerMessages.error(id, e.problem(), id != null && !subscriptions.containsKey(id)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WebSocket message of " + identity.user().name() + " failed", e);
            outbox.send(null, ServerMessages.error(null, new DashboardException(500, "internal-error", "Internal error",
                    "The message could not be handled"), false));
        } finally {
            CurrentUser.clear();
        }
    }

    private void subscribe(ClientMessage.Subscribe request) {
        String id = request.id();
        try {
            if (subscriptions.containsKey(id)) {
                throw new RejectedMessage(id, new io.k8sdashboard.plugin.api.InvalidInputException("id",
                        "subscription " + id + " already exists: unsubscribe first"));
            }
            if (subscriptions.size() >= services.settings().maxSubscriptions()) {
                throw new DashboardException(429, "too-many-subscriptions", "Too many subscriptions",
                        "A connection may hold at most " + services.settings().maxSubscriptions() + " subscriptions");
            }
            RateDecision rate = services.rateLimits().tryAcquire(identity.user().name(), Bucket.SUBSCRIPTIONS);
            if (!rate.allowed()) {
                throw new RateLimitedException(Bucket.SUBSCRIPTIONS, rate);
            }
            RegisteredKind kind = services.kinds().apply(request.kind());
            String namespace = kind.descriptor().namespaced() ? request.namespace() : null;
            NamespaceScope scope = services.authorizer().authorize(identity.user(), kind, namespace);
            Subscription subscription = new Subscription(id, kind, namespace, request.labelSelector(), scope);
            ListenerRegistration registration = services.feed().get().listen(kind, listener(subscription));
            subscription.registration(registration);
            if (subscriptions.putIfAbsent(id, subscription) != null || closed) {
                registration.close();
                return;
            }
            outbox.start(subscription);
        } catch (DashboardException e) {
            throw new RejectedMessage(id, e);
        }
    }

    /**
     * Follows an operation: its events reach this tab from now on, and its latest one, when this
     * replica has seen it, at once (added first, looked up second: a duplicate rather than a gap).
     */
    private void follow(String operation) {
        if (!followed.contains(operation) && followed.size() >= services.settings().maxSubscriptions()) {
            throw new RejectedMessage(null, new DashboardException(429, "too-many-follows", "Too many followed operations",
                    "A connection may follow at most " + services.settings().maxSubscriptions() + " operations"));
        }
        followed.add(operation);
        services.operations().latest(operation)
                .ifPresent(event -> outbox.send(null, ServerMessages.event(null, event)));
    }

    private void unsubscribe(String id) {
        Subscription subscription = subscriptions.remove(id);
        if (subscription != null) {
            end(subscription);
        }
    }

    private ChangeListener listener(Subscription subscription) {
        return new ChangeListener() {
            @Override
            public void changed(ResourceChange change) {
                try {
                    if (subscription.accepts(change)) {
                        outbox.change(subscription, change);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "dropping a change for " + subscription, e);
                }
            }

            @Override
            public void resync(String kind) {
                try {
                    outbox.resync(subscription, "the live view of " + kind + " was rebuilt");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "resync of " + subscription + " failed", e);
                }
            }
        };
    }

    /**
     * Forwards a bus event: once to this tab when it is addressed to its user or to an operation it
     * follows, and to every subscription of a kind and namespace it is addressed to that the user may read.
     */
    void offer(DashboardEvent event) {
        if (closed) {
            return;
        }
        EventAudience audience = event.audience();
        if (audience.users().contains(identity.user().name()) || audience.operations().stream().anyMatch(followed::contains)) {
            outbox.send(null, ServerMessages.event(null, event));
        }
        if (audience.resources().isEmpty()) {
            return;
        }
        for (Subscription subscription : subscriptions.values()) {
            if (subscription.live() && subscription.accepts(event)) {
                outbox.event(subscription, event);
            }
        }
    }

    /**
     * Asks again whether the user may still stream each subscription: revoked ends it with a 403
     * {@code error} ({@code "ended":true}); for "all namespaces" a changed set of namespaces
     * narrows (or widens) it with a {@code resync} and fresh snapshot. When the API server cannot
     * answer, the last decision stands (an outage must not cut every stream).
     */
    void recheck() {
        if (closed) {
            return;
        }
        CurrentUser.bind(identity);
        try {
            for (Subscription subscription : List.copyOf(subscriptions.values())) {
                recheck(subscription);
            }
        } finally {
            CurrentUser.clear();
        }
    }

    private void recheck(Subscription subscription) {
        NamespaceScope scope;
        try {
            scope = services.authorizer().authorize(identity.user(), subscription.kind(), subscription.namespace());
        } catch (DashboardException e) {
            if (e.status() == 403 && subscriptions.remove(subscription.id(), subscription)) {
                end(subscription);
                outbox.send(null, ServerMessages.error(subscription.id(), e, true));
            }
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-check of " + subscription + " for " + identity.user().name()
                    + " failed; keeping the last decision", e);
            return;
        }
        if (!scope.equals(subscription.scope())) {
            subscription.scope(scope);
            outbox.resync(subscription, "the namespaces you may read changed");
        }
    }

    private void snapshotFailed(Subscription subscription) {
        if (subscriptions.remove(subscription.id(), subscription)) {
            end(subscription);
        }
    }

    private void end(Subscription subscription) {
        subscription.stopListening();
        outbox.forget(subscription);
    }

    /** The connection closed: stop every delivery. */
    void close() {
        closed = true;
        outbox.close();
        for (Subscription subscription : List.copyOf(subscriptions.values())) {
            subscriptions.remove(subscription.id(), subscription);
            subscription.stopListening();
        }
    }

    /** Followed operation ids (tests). */
    java.util.Set<String> followedOperations() {
        return java.util.Set.copyOf(followed);
    }

    /** Subscription ids (tests). */
    java.util.Set<String> subscriptionIds() {
        return java.util.Set.copyOf(subscriptions.keySet());
    }
}
