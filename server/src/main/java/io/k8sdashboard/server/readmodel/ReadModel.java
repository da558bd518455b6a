package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared read model: one watch per kind ({@link KindWatch}), started on first use and stopped
 * after {@code dashboard.readmodel.idle-minutes} without reads or listeners, keeping the kind's
 * objects and rows in memory ({@link KindIndex}) so lists and gets cost no API-server request once
 * warm. Watches run with the dashboard's own identity: this class does no authorization, callers
 * check the user's right before serving anything from it.
 *
 * <p>With {@code dashboard.readmodel.shared=false} (strict mode) nothing is watched or held:
 * {@link #view} answers empty, every read goes to the API server as the user, and live updates
 * are refused.
 */
@ApplicationScoped
public class ReadModel implements ResourceFeed, ReplicaChanges {

    @Inject
    KubernetesClients clients;
    @Inject
    ReadModelMetrics metrics;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.shared", defaultValue = "true")
    boolean shared;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.idle-minutes", defaultValue = "10")
    long idleMinutes;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.sync-seconds", defaultValue = "20")
    long syncSeconds;
    @Inject
    @ConfigProperty(name = "dashboard.readmodel.retry-seconds", defaultValue = "60")
    long retrySeconds;

    private WatchSource source;
    private Clock clock;
    private Duration idle;
    private Duration syncTimeout;
    private Duration retryTime;
    private ScheduledExecutorService reaper;
    private final Map<String, KindWatch> watches = new ConcurrentHashMap<>();
    private final List<ChangeListener> relays = new CopyOnWriteArrayList<>();

    /** For CDI. */
    public ReadModel() {
    }

    /** For tests: no background reaper (call {@link #stopIdle()}). */
    ReadModel(WatchSource source, Clock clock, Duration idle, Duration syncTimeout, Duration retryTime) {
        this.shared = true;
        this.source = source;
        this.clock = clock;
        this.idle = idle;
        this.syncTimeout = syncTimeout;
        this.retryTime = retryTime;
    }

    @PostConstruct
    void init() {
        source = new InformerWatchSource(clients::system);
        clock = Clock.systemUTC();
        idle = Duration.ofMinutes(Math.max(1, idleMinutes));
        syncTimeout = Duration.ofSeconds(Math.max(1, syncSeconds));
        retryTime = Duration.ofSeconds(Math.max(1, retrySeconds));
        reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-reaper");
            thread.setDaemon(true);
            return thread;
        });
        reaper.scheduleWithFixedDelay(this::stopIdle, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void shutdown() {
        if (reaper != null) {
            reaper.shutdownNow();
        }
        watches.values().forEach(KindWatch::stop);
        watches.clear();
    }

    /** Whether reads are served from memory (false in strict mode). */
    public boolean shared() {
        return shared;
    }

    /**
     * The kind's objects in memory, starting its watch and waiting (bounded) for the initial list
     * if needed; empty in strict mode or when the watch could not start or sync (then read from the
     * API server as the user).
     */
    public Optional<KindView> view(RegisteredKind kind) {
        return synced(kind).map(KindView::new);
    }

    @Override
    public RowPage page(RegisteredKind kind, RowQuery query) {
        return view(kind).orElseThrow(() -> unavailable(kind)).page(query);
    }

    @Override
    public ListenerRegistration listen(RegisteredKind kind, ChangeListener listener) {
        return synced(kind).orElseThrow(() -> unavailable(kind)).listen(listener);
    }

    @Override
    public ListenerRegistration listenAll(ChangeListener listener) {
        relays.add(listener);
        return () -> relays.remove(listener);
    }

    @Override
    public void applyRemote(ResourceChange change) {
        KindWatch watch = watches.get(change.kind());
        if (watch != null && watch.synced()) {
            watch.index().applyRemote(change);
        }
    }

    @Override
    public void resyncAll() {
        watches.values().forEach(watch -> watch.index().resync());
    }

    /** Retires the watches unused for the idle time; returns how many. */
    public int stopIdle() {
        int stopped = 0;
        for (var entry : watches.entrySet()) {
            if (entry.getValue().stopIfIdle(clock.instant(), idle)) {
                watches.remove(entry.getKey(), entry.getValue());
                stopped++;
            }
        }
        return stopped;
    }

    /** How many objects of the kind are held, -1 when it is not watched (for tests and metrics). */
    public int size(RegisteredKind kind) {
        return size(kind.resourceName());
    }

    private long objectBytes(String kindName) {
        KindWatch watch = watches.get(kindName);
        return watch == null || !watch.synced() ? 0 : watch.index().objectBytes();
    }

    private int size(String kindName) {
        KindWatch watch = watches.get(kindName);
        return watch == null || !watch.synced() ? -1 : watch.index().size();
    }

    private Optional<KindIndex> synced(RegisteredKind kind) {
        if (!shared) {
            return Optional.empty();
        }
        while (true) {
            KindWatch watch = watches.computeIfAbsent(kind.resourceName(), name -> {
                if (metrics != null) {
                    metrics.watching(name, this, this::size, this::objectBytes);
                }
                return new KindWatch(new KindIndex(kind, this::relayLocal), source);
            });
            switch (watch.ensureSynced(clock.instant(), syncTimeout, retryTime)) {
                case SYNCED:
                    return Optional.of(watch.index());
                case UNAVAILABLE:
                    return Optional.empty();
                default:
                    watches.remove(kind.resourceName(), watch); // retired meanwhile: take a new one
            }
        }
    }

    private void relayLocal(ResourceChange change) {
        for (ChangeListener relay : relays) {
            relay.changed(change);
        }
    }

    /**
     * A page cut from objects listed elsewhere (strict mode's name filter and sort), the same way
     * pages are cut from the model.
     */
    public static RowPage pageOf(RegisteredKind kind, java.util.Collection<GenericKubernetesResource> objects, RowQuery query) {
        KindIndex index = new KindIndex(kind, null);
        objects.forEach(index::upsert);
        return RowQueries.page(index, query);
    }

    private static DashboardException unavailable(RegisteredKind kind) {
        return new DashboardException(503, "read-model-unavailable", "Live data unavailable",
                "The dashboard cannot watch " + kind.resourceName() + " right now" );
    }

    /** A synced kind's objects, as served to callers that have checked the user's right. */
    public static final class KindView {
        private final KindIndex index;

        KindView(KindIndex index) {
            this.index = index;
        }

        /** A page of rows. */
        public RowPage page(RowQuery query) {
            return RowQueries.page(index, query);
        }

        /** A copy of one object as held (managedFields stripped, Secret values blanked). */
        public Optional<GenericKubernetesResource> get(String namespace, String name) {
            return index.get(namespace, name).map(entry -> entry.object().inflate());
        }

        /** Every object matching the query's namespaces and label selector (paging and sort ignored), in namespace/name order. */
        public List<GenericKubernetesResource> objects(java.util.Set<String> namespaces, String labelSelector) {
            LabelSelectorMatcher selector = LabelSelectorMatcher.of(labelSelector);
            boolean namespaced = index.kind().descriptor().namespaced();
            return index.entries().values().stream()
                    .filter(e -> !namespaced || namespaces == null || namespaces.contains(e.row().namespace()))
                    .filter(e -> selector.test(e.row().labels()))
                    .map(entry -> entry.object().inflate())
                    .toList();
        }
    }
}
