package io.k8sdashboard.server.readmodel;

/**
 * Receives a kind's changes from the read model. Called on the model's event thread: implementations
 * only enqueue (into their own bounded queue) and return, and never throw.
 */
public interface ChangeListener {

    /** One object changed. */
    void changed(ResourceChange change);

    /**
     * Changes of the kind may have been missed (the watch was re-listed, or a replica's relay had a
     * gap): whoever mirrors the kind must fetch a fresh snapshot.
     *
     * @param kind the kind's resource name
     */
    default void resync(String kind) {
    }
}
