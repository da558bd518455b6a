package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches through a fabric8 shared informer, run with the dashboard's own identity (the read
 * model is shared: users' rights are checked when serving it, never here). The informer lists,
 * watches, and on watch expiry (410 Gone) or a broken connection lists again and reconciles: its
 * store gets each changed object and loses each object gone meanwhile, so the final state of
 * every object reaches the sink.
 */
final class InformerWatchSource implements WatchSource {

    private static final Logger LOG = Logger.getLogger(InformerWatchSource.class.getName());

    /** Objects per LIST page when a watch starts or lists again. */
    static final long LIST_PAGE = 500;

    private final Supplier<KubernetesClient> client;

    InformerWatchSource(Supplier<KubernetesClient> client) {
        this.client = client;
    }

    @Override
    public RunningWatch start(KindDescriptor kind, Sink sink) {
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder()
                .withGroup(kind.group()).withVersion(kind.version()).withKind(kind.kind())
                .withPlural(kind.plural()).withNamespaced(kind.namespaced()).build();
        var operation = client.get().genericKubernetesResources(context);
        // Listed in pages: each page's objects are compacted into the index and dropped, so a
        // first list of 10,000 pods never holds them all parsed at once (that alone is ~140 MiB).
        SharedIndexInformer<GenericKubernetesResource> informer = kind.namespaced()
                ? operation.inAnyNamespace().withLimit(LIST_PAGE).runnableInformer(0)
                : operation.withLimit(LIST_PAGE).runnableInformer(0);
        // The store, not an event handler, feeds the sink: fabric8 8 hands handlers the objects its
        // store keeps, and this store keeps only identities (see SlimItemStore).
        informer.itemStore(new SlimItemStore(RegisteredKind.isSecret(kind), sink));
        informer.exceptionHandler(handler(kind));
        CompletionStage<Void> synced = informer.start();
        return new RunningWatch() {
            @Override
            public CompletionStage<Void> synced() {
                return synced;
            }

            @Override
            public void stop() {
                informer.stop();
            }
        };
    }

    /** Before the first sync an error fails the start (the read falls back); after it the informer keeps retrying. */
    private static ExceptionHandler handler(KindDescriptor kind) {
        return (started, failure) -> {
            LOG.log(started ? Level.WARNING : Level.INFO, "Read model: the watch of " + kind.resourceName()
                    + (started ? " failed; retrying" : " could not start"), failure);
            return started && !ExceptionHandler.isDeserializationException(failure);
        };
    }
}
