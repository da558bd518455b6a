package io.k8sdashboard.server.readmodel;

/**
 * What the read model offers the relay between replicas (Redis): every change this replica's
 * watches see, and a way to hand in changes another replica saw first.
 */
public interface ReplicaChanges {

    /** Delivers every change seen by this replica's own watches (never relayed ones), of every kind. */
    ListenerRegistration listenAll(ChangeListener listener);

    /**
     * A change relayed from another replica: delivered to this replica's listeners of the kind unless
     * they already had that object at that resourceVersion or a newer one (then it is dropped). Kinds
     * not watched here are ignored.
     */
    void applyRemote(ResourceChange change);

    /** Changes may have been lost (a gap in a replica's sequence): every listener of every kind gets {@link ChangeListener#resync}. */
    void resyncAll();
}
