package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.k8sdashboard.plugin.api.KindDescriptor;
import java.util.concurrent.CompletionStage;

/** Starts a watch of every object of a kind (list, then watch, re-listing when the watch expires). */
@FunctionalInterface
interface WatchSource {

    /**
     * Starts the watch; the sink gets every object of the initial list, then each change, from one
     * thread at a time.
     */
    RunningWatch start(KindDescriptor kind, Sink sink);

    /** Where a watch delivers what it sees. */
    interface Sink {

        /** An object listed, added or changed (a repeat of a version already delivered may come). */
        void upsert(GenericKubernetesResource object);

        /** An object deleted, or found gone when listing again (then only its identity is known). */
        void remove(GenericKubernetesResource object);
    }

    /** A started watch. */
    interface RunningWatch {

        /** Completes when the initial list has been handed to the handler; fails if it could not be made. */
        CompletionStage<Void> synced();

        void stop();
    }
}
