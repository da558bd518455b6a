package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.events.DashboardEvent;
import io.k8sdashboard.server.events.EventBus;
import io.k8sdashboard.server.events.EventSubscription;
import io.k8sdashboard.server.identity.CurrentUser.RequestIdentity;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.ratelimit.RateLimiter;
import io.k8sdashboard.server.readmodel.ResourceFeed;
import io.k8sdashboard.server.web.HttpSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.websocket.server.ServerEndpointConfig;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open WebSocket sessions of this replica (a concurrent registry, never a static set), the
 * threads that send their messages and re-check their access every
 * {@code dashboard.ws.recheck-seconds}, and the forwarding of bus events to them.
 */
@ApplicationScoped
public class PushHub {

    private static final Logger LOG = Logger.getLogger(PushHub.class.getName());

    @Inject
    PushSettings settings;
    @Inject
    KindRegistry kinds;
    @Inject
    Instance<ResourceFeed> feed;
    @Inject
    AccessReviewer reviewer;
    @Inject
    ReadableNamespaces readable;
    @Inject
    EventBus bus;
    @Inject
    PushMetrics metrics;
    @Inject
    HttpSettings http;
    @Inject
    RateLimiter rateLimiter;

    private final Set<PushSession> sessions = ConcurrentHashMap.newKeySet();
    private final OperationLog operations = new OperationLog(OperationLog.DEFAULT_CAPACITY);
    private ExecutorService senders;
    private ScheduledExecutorService rechecks;
    private EventSubscription events;
    private PushServices services;
    private OriginCheck originCheck;

    @PostConstruct
    void init() {
        senders = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads("ws-send"));
        rechecks = Executors.newSingleThreadScheduledExecutor(threads("ws-recheck"));
        services = new PushServices(settings, kinds::resolve, this::resourceFeed,
                new SubscriptionAuthorizer(reviewer, readable::forList), senders, Clock.systemUTC(), metrics, operations,
                rateLimiter);
        originCheck = new OriginCheck(settings.allowedOrigins(), http.allowedHosts(), settings.allowMissingOrigin());
        int every = settings.recheckSeconds();
        rechecks.scheduleWithFixedDelay(this::recheckAll, every, every, TimeUnit.SECONDS);
        events = bus.subscribe(this::forward);
        metrics.sessionsGauge(sessions::size);
    }

    @PreDestroy
    void shutdown() {
        if (events != null) {
            events.close();
        }
        sessions.forEach(PushSession::close);
        sessions.clear();
        rechecks.shutdownNow();
        senders.shutdownNow();
    }

    PushSettings settings() {
        return settings;
    }

    OriginCheck originCheck() {
        return originCheck;
    }

    /** A per-connection endpoint configuration whose endpoint acts for {@code identity}. */
    ServerEndpointConfig endpointConfig(RequestIdentity identity) {
        PushEndpoint endpoint = new PushEndpoint(this, identity);
        return ServerEndpointConfig.Builder.create(PushEndpoint.class, "/ws")
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(endpoint);
                    }
                }).build();
    }

    PushSession open(RequestIdentity identity, Outlet outlet) {
        PushSession session = new PushSession(identity, services, outlet);
        sessions.add(session);
        return session;
    }

    void closed(PushSession session) {
        sessions.remove(session);
        session.close();
    }

    private ResourceFeed resourceFeed() {
        if (feed.isResolvable()) {
            return feed.get();
        }
        throw new DashboardException(503, "read-model-unavailable", "Live data unavailable",
                "This server has no read model to stream from");
    }

    private void recheckAll() {
        for (PushSession session : sessions) {
            try {
                session.recheck();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "access re-check failed", e);
            }
        }
    }

    private void forward(DashboardEvent event) {
        operations.record(event);
        for (PushSession session : sessions) {
            session.offer(event);
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        ClassLoader loader = PushHub.class.getClassLoader();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        };
    }
}
