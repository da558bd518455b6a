package io.k8sdashboard.server.redis;

import io.k8sdashboard.server.readmodel.ChangeListener;
import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ReplicaChanges;
import io.k8sdashboard.server.readmodel.ResourceChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A read model stand-in: local changes are emitted by hand; relayed ones and resyncs are recorded. */
final class FakeReplicaChanges implements ReplicaChanges {

    final List<ResourceChange> applied = new CopyOnWriteArrayList<>();
    final AtomicInteger resyncs = new AtomicInteger();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** A change seen by this replica's own watch. */
    void emit(ResourceChange change) {
        listeners.forEach(l -> l.changed(change));
    }

    @Override
    public ListenerRegistration listenAll(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void applyRemote(ResourceChange change) {
        applied.add(change);
    }

    @Override
    public void resyncAll() {
        resyncs.incrementAndGet();
    }

    boolean appliedName(String name) {
        return applied.stream().anyMatch(c -> c.name().equals(name));
    }
}
