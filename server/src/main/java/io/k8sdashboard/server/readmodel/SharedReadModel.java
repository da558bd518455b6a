package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.kube.KubernetesClients;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared read model (issue 4, item 1, first slice): one informer per kind, run with the
 * dashboard's own identity, started on first read, stopped after
 * {@code dashboard.readmodel.idle-minutes} without reads. Informers are never handed out: callers
 * get snapshots of the cached objects (managedFields stripped). Core v1 Secrets are never held.
 *
 * <p>This class does no authorization: the caller must have checked the user's right (SSAR)
 * before serving anything it returns.
 *
 * <p>{@link #objects} answers empty when the model does not serve the kind (strict mode, Secrets)
 * or its informer could not start or sync within {@code dashboard.readmodel.sync-seconds}; the
 * caller then reads impersonated, as in strict mode.
 */
@ApplicationScoped
public class SharedReadModel {

    private static final Logger LOG = Logger.getLogger(SharedReadModel.class.getName());

    @Inject
    KubernetesClients clients;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.shared", defaultValue = "true")
    boolean shared;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.idle-minutes", defaultValue = "10")
    long idleMinutes;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.sync-seconds", defaultValue = "10")
    long syncSeconds;

    private Clock clock;
    private Duration idle;
    private Duration syncTimeout;
    private ScheduledExecutorService reaper;
    private final Map<String, KindInformer> informers = new ConcurrentHashMap<>();

    /** For CDI. */
    public SharedReadModel() {
    }

    /** For tests: no background reaper; call {@link #stopIdle()}. */
    public SharedReadModel(KubernetesClients clients, Clock clock, Duration idle, Duration syncTimeout) {
        this.clients = clients;
        this.shared = true;
        this.clock = clock;
        this.idle = idle;
        this.syncTimeout = syncTimeout;
    }

    @PostConstruct
    void init() {
        clock = Clock.systemUTC();
        idle = Duration.ofMinutes(Math.max(1, idleMinutes));
        syncTimeout = Duration.ofSeconds(Math.max(1, syncSeconds));
        reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-reaper");
            thread.setDaemon(true);
            return thread;
        });
        reaper.scheduleWithFixedDelay(this::stopIdle, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    public void shutdown() {
        if (reaper != null) {
            reaper.shutdownNow();
        }
        informers.values().forEach(KindInformer::stop);
        informers.clear();
    }

    /** Whether reads of the kind are served from here (shared mode, and never core Secrets). */
    public boolean serves(KindDescriptor kind) {
        return shared && !(kind.group().isEmpty() && kind.plural().equals("secrets"));
    }

    /**
     * A snapshot of every cached object of the kind, starting and syncing its informer if needed
     * (bounded wait); empty when not served from here or when the informer could not sync.
     */
    public Optional<List<GenericKubernetesResource>> objects(KindDescriptor kind) {
        if (!serves(kind)) {
            return Optional.empty();
        }
        while (true) {
            KindInformer informer = informers.computeIfAbsent(key(kind), k -> new KindInformer(kind));
            Optional<List<GenericKubernetesResource>> objects = informer.read(clock.instant());
            if (objects != null) {
                return objects;
            }
            informers.remove(key(kind), informer); // stopped as idle meanwhile: take a fresh one
        }
    }

    /** Whether the kind's informer is running and synced (for tests and readiness). */
    public boolean synced(KindDescriptor kind) {
        KindInformer informer = informers.get(key(kind));
        return informer != null && informer.synced();
    }

    /** Stops the informers unread for the idle time; returns how many were stopped. */
    public int stopIdle() {
        Instant now = clock.instant();
        int stopped = 0;
        for (var entry : informers.entrySet()) {
            if (entry.getValue().stopIfIdle(now, idle)) {
                informers.remove(entry.getKey(), entry.getValue());
                stopped++;
            }
        }
        return stopped;
    }

    private static String key(KindDescriptor kind) {
        return kind.group() + "/" + kind.version() + "/" + kind.plural();
    }

    /** One kind's informer, created lazily; start, read and stop are serialized. */
    private final class KindInformer {
        private final KindDescriptor kind;
        private SharedIndexInformer<GenericKubernetesResource> informer;
        private Instant lastRead;
        private boolean retired;

        KindInformer(KindDescriptor kind) {
            this.kind = kind;
        }

        /** The snapshot; {@code null} when this informer was retired as idle. */
        synchronized Optional<List<GenericKubernetesResource>> read(Instant now) {
            if (retired) {
                return null;
            }
            lastRead = now;
            if (informer == null && !start()) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(informer.getStore().list()));
        }

        synchronized boolean synced() {
            return informer != null && informer.isRunning() && informer.hasSynced();
        }

        synchronized boolean stopIfIdle(Instant now, Duration idleTime) {
            if (lastRead != null && now.isBefore(lastRead.plus(idleTime))) {
                return false;
            }
            retired = true;
            stop();
            return true;
        }

        synchronized void stop() {
            if (informer != null) {
                informer.stop();
                informer = null;
                LOG.info(() -> "Read model: stopped the informer of " + key(kind));
            }
        }

        private boolean start() {
            ResourceDefinitionContext context = new ResourceDefinitionContext.Builder()
                    .withGroup(kind.group()).withVersion(kind.version()).withKind(kind.kind())
                    .withPlural(kind.plural()).withNamespaced(kind.namespaced()).build();
            KubernetesClient client = clients.system();
            var op = client.genericKubernetesResources(context);
            SharedIndexInformer<GenericKubernetesResource> created = (kind.namespaced() ? op.inAnyNamespace().runnableInformer(0)
                    : op.runnableInformer(0));
            created.itemStore(new StrippingItemStore());
            created.exceptionHandler(handler());
            try {
                created.start().toCompletableFuture().get(syncTimeout.toMillis(), TimeUnit.MILLISECONDS);
                informer = created;
                LOG.info(() -> "Read model: started the informer of " + key(kind));
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                created.stop();
                return false;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Read model: the informer of " + key(kind)
                        + " did not sync in time; reading impersonated instead", e);
                created.stop();
                return false;
            }
        }

        /** Before the first sync an error fails the start (callers fall back); after, the informer keeps retrying. */
        private ExceptionHandler handler() {
            return (isStarted, t) -> {
                LOG.log(Level.WARNING, "Read model: the informer of " + key(kind) + " failed"
                        + (isStarted ? "; retrying" : " to start"), t);
                return isStarted && !ExceptionHandler.isDeserializationException(t);
            };
        }
    }
}
