package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.server.kinds.KindTable;
import io.k8sdashboard.server.kinds.ObjectTrees;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One kind's objects in memory, each with its table row, ordered by namespace then name (the API
 * server's own order, so a namespace is one contiguous range) and indexed by label {@code key=value}.
 * Fed by the kind's watch ({@link #upsert}, {@link #remove}) and by changes relayed from other
 * replicas ({@link #applyRemote}); tells its listeners about every change exactly once, whichever
 * of the two paths brought it first.
 *
 * <p>Writes come from one thread (the informer's); reads may come from any thread and see a
 * weakly consistent view, as with any concurrent map.
 */
final class KindIndex implements WatchSource.Sink {

    private static final Logger LOG = Logger.getLogger(KindIndex.class.getName());
    /** Deleted keys remembered so a late relayed or watched copy does not bring an object back. */
    private static final int TOMBSTONES = 10_000;

    /** What is held of one object: its row for lists, the object itself compacted for gets. */
    record Entry(CompactObject object, ResourceRow row, long version) {
    }

    private final RegisteredKind kind;
    private final List<Column> columns;
    private final boolean secret;
    private final NavigableMap<String, Entry> byKey = new ConcurrentSkipListMap<>();
    private final Map<String, Set<String>> byLabel = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final ChangeListener localChanges;
    /** Versions the relay told listeners before this replica's own watch brought them ({@link #DELETED}: a deletion). */
    private final Map<String, Long> relayedAhead = new BoundedMap<>(TOMBSTONES);
    /** The last version of recently deleted objects, so a late relayed copy does not bring one back. */
    private final Map<String, Long> tombstones = new BoundedMap<>(TOMBSTONES);
    private volatile String lastResourceVersion;
    /** Bytes of the compacted objects held: what the index costs beyond rows and indexes. */
    private final java.util.concurrent.atomic.AtomicLong objectBytes = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param localChanges told about every change this replica's own watch brings first (the relay)
     */
    KindIndex(RegisteredKind kind, ChangeListener localChanges) {
        this.kind = kind;
        this.columns = KindTable.columns(kind);
        this.secret = kind.secret();
        this.localChanges = localChanges;
    }

    RegisteredKind kind() {
        return kind;
    }

    List<Column> columns() {
        return columns;
    }

    int size() {
        return byKey.size();
    }

    long objectBytes() {
        return objectBytes.get();
    }

    String lastResourceVersion() {
        return lastResourceVersion;
    }

    /** The sort key of an object: namespace, NUL, name (NUL sorts before any name character). */
    static String key(String namespace, String name) {
        return (namespace == null ? "" : namespace) + '\0' + name;
    }

    /** The key range of one namespace in {@link #entries()}. */
    NavigableMap<String, Entry> namespace(String namespace) {
        return byKey.subMap(namespace + '\0', true, namespace + '\1', false);
    }

    /** Every entry in namespace/name order. */
    NavigableMap<String, Entry> entries() {
        return byKey;
    }

    /** The keys of the objects carrying a label with a value, empty when none. */
    Set<String> labelled(String labelKey, String value) {
        Set<String> keys = byLabel.get(labelKey + '=' + value);
        return keys == null ? Set.of() : keys;
    }

    Optional<Entry> get(String namespace, String name) {
        return Optional.ofNullable(byKey.get(key(kind.descriptor().namespaced() ? namespace : null, name)));
    }

    ListenerRegistration listen(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    /** An object added or changed, as the watch saw it. */
    @Override
    public void upsert(GenericKubernetesResource object) {
        ObjectMeta meta = object.getMetadata();
        String key = key(meta.getNamespace(), meta.getName());
        long version = version(meta.getResourceVersion());
        lastResourceVersion = meta.getResourceVersion();
        Entry previous = byKey.get(key);
        if (previous != null && version != UNKNOWN && previous.version() >= version) {
            return; // a re-list or re-sync repeating what is held
        }
        Entry entry = new Entry(CompactObject.of(object), row(object), version);
        byKey.put(key, entry);
        objectBytes.addAndGet(entry.object().size() - (previous == null ? 0 : previous.object().size()));
        tombstones.remove(key);
        reindexLabels(key, previous == null ? null : previous.row().labels(), entry.row().labels());
        if (!caughtUpWithRelay(key, version)) {
            tell(change(previous == null ? ChangeType.CREATED : ChangeType.UPDATED, meta, entry.row()), true);
        }
    }

    /** An object deleted, as the watch saw it (its last state, or only its identity). */
    @Override
    public void remove(GenericKubernetesResource object) {
        ObjectMeta meta = object.getMetadata();
        String key = key(meta.getNamespace(), meta.getName());
        Entry previous = byKey.remove(key);
        if (previous == null) {
            return;
        }
        reindexLabels(key, previous.row().labels(), null);
        objectBytes.addAndGet(-previous.object().size());
        tombstones.put(key, Math.max(previous.version(), version(meta.getResourceVersion())));
        if (!caughtUpWithRelay(key, DELETED)) {
            tell(change(ChangeType.DELETED, meta, previous.row()), true);
        }
    }

    /**
     * A change another replica saw: told to the listeners unless they were already told that
     * version of the object or a newer one. The object itself is left to this replica's own watch,
     * which brings it soon: only what listeners were told is recorded, so that the watch's copy is
     * not told twice.
     */
    void applyRemote(ResourceChange change) {
        String key = key(change.namespace(), change.name());
        Entry held = byKey.get(key);
        Long ahead = relayedAhead.get(key);
        if (change.type() == ChangeType.DELETED) {
            if (held == null || (ahead != null && ahead == DELETED)) {
                return; // never held here, already gone, or already told
            }
            relayedAhead.put(key, DELETED);
            tell(change.asRemote(), false);
            return;
        }
        long version = version(change.resourceVersion());
        Long deletedAt = tombstones.get(key);
        boolean stale = version == UNKNOWN // cannot be ordered against the watch: leave it to the watch
                || (held != null && held.version() >= version)
                || (ahead != null && ahead >= version)
                || (deletedAt != null && deletedAt >= version);
        if (stale) {
            return;
        }
        relayedAhead.put(key, version);
        ChangeType type = held == null && ahead == null ? ChangeType.CREATED : ChangeType.UPDATED;
        tell(new ResourceChange(type, change.kind(), change.namespace(), change.name(), change.resourceVersion(),
                change.row(), true), false);
    }

    /** Tells every listener to fetch a fresh snapshot. */
    void resync() {
        for (ChangeListener listener : listeners) {
            try {
                listener.resync(kind.resourceName());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change listener of " + kind.resourceName() + " failed on resync", e);
            }
        }
    }

    /**
     * Whether the relay already told listeners this version (or a newer one) of the object; the
     * record is dropped once the watch reaches it.
     */
    private boolean caughtUpWithRelay(String key, long version) {
        Long ahead = relayedAhead.get(key);
        if (ahead == null) {
            return false;
        }
        if (ahead >= version) {
            if (ahead == version) {
                relayedAhead.remove(key);
            }
            return true;
        }
        relayedAhead.remove(key);
        return false;
    }

    private void tell(ResourceChange change, boolean local) {
        for (ChangeListener listener : listeners) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change listener of " + kind.resourceName() + " failed", e);
            }
        }
        if (local && localChanges != null) {
            try {
                localChanges.changed(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The relay of local changes failed on " + kind.resourceName(), e);
            }
        }
    }

    private ResourceChange change(ChangeType type, ObjectMeta meta, ResourceRow row) {
        return new ResourceChange(type, kind.resourceName(), meta.getNamespace(), meta.getName(), meta.getResourceVersion(),
                row, false);
    }

    /**
     * The object's row, made compact: namespaces and label keys are few and repeat on every row,
     * so one shared copy of each is kept; cells and labels go into immutable, exactly sized holders.
     */
    private ResourceRow row(GenericKubernetesResource object) {
        ResourceRow row = KindTable.row(kind, columns, ObjectTrees.toTree(object, secret));
        Map<String, String> labels = new java.util.HashMap<>();
        row.labels().forEach((key, value) -> labels.put(key.intern(), value));
        return new ResourceRow(row.name(), row.namespace() == null ? null : row.namespace().intern(),
                java.util.Collections.unmodifiableList(java.util.Arrays.asList(row.cells().toArray())), row.status(),
                Map.copyOf(labels), row.created());
    }

    private void reindexLabels(String key, Map<String, String> before, Map<String, String> after) {
        if (before != null) {
            for (var label : before.entrySet()) {
                if (after == null || !label.getValue().equals(after.get(label.getKey()))) {
                    byLabel.computeIfPresent(label.getKey() + '=' + label.getValue(), (k, keys) -> {
                        keys.remove(key);
                        return keys.isEmpty() ? null : keys;
                    });
                }
            }
        }
        if (after != null) {
            for (var label : after.entrySet()) {
                byLabel.computeIfAbsent(label.getKey() + '=' + label.getValue(), k -> ConcurrentHashMap.newKeySet()).add(key);
            }
        }
    }

    static final long UNKNOWN = -1;
    /** Stands for a deletion among versions: after every version. */
    static final long DELETED = Long.MAX_VALUE;

    /**
     * A resourceVersion as a number. Kubernetes calls them opaque, but every API server backed by
     * etcd issues etcd revisions, which only grow; a version that is not a number is "unknown" and
     * never used to order changes.
     */
    static long version(String resourceVersion) {
        if (resourceVersion == null) {
            return UNKNOWN;
        }
        try {
            return Long.parseLong(resourceVersion);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** A synchronized map forgetting its eldest entries past a size. */
    private static final class BoundedMap<K, V> extends java.util.LinkedHashMap<K, V> {
        private final int max;

        BoundedMap(int max) {
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }

        @Override
        public synchronized V get(Object key) {
            return super.get(key);
        }

        @Override
        public synchronized V put(K key, V value) {
            return super.put(key, value);
        }

        @Override
        public synchronized V remove(Object key) {
            return super.remove(key);
        }
    }
}
