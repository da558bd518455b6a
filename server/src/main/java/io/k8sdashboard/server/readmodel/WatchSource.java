package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.k8sdashboard.plugin.api.KindDescriptor;
import java.util.concurrent.CompletionStage;

/** Starts a watch of every object of a kind (list, then watch, re-listing when the watch expires). */
@FunctionalInterface
interface WatchSource {

    /**
     * Starts the watch; the handler gets every object of the initial list as an add, then each
     * change, from one thread at a time.
     */
    RunningWatch start(KindDescriptor kind, ResourceEventHandler<GenericKubernetesResource> handler);

    /** A started watch. */
    interface RunningWatch {

        /** Completes when the initial list has been handed to the handler; fails if it could not be made. */
        CompletionStage<Void> synced();

        void stop();
    }
}
