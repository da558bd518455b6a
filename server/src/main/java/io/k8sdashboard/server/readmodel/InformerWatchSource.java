package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.resources.ResourceService;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches through a fabric8 shared informer, run with the dashboard's own identity (the read
 * model is shared: users' rights are checked when serving it, never here). The informer lists,
 * watches, and on watch expiry (410 Gone) or a broken connection lists again and reconciles: it
 * hands the handler an update for each changed object and a delete for each object gone meanwhile,
 * so the final state of every object arrives.
 */
final class InformerWatchSource implements WatchSource {

    private static final Logger LOG = Logger.getLogger(InformerWatchSource.class.getName());

    private final Supplier<KubernetesClient> client;

    InformerWatchSource(Supplier<KubernetesClient> client) {
        this.client = client;
    }

    @Override
    public RunningWatch start(KindDescriptor kind, ResourceEventHandler<GenericKubernetesResource> handler) {
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder()
                .withGroup(kind.group()).withVersion(kind.version()).withKind(kind.kind())
                .withPlural(kind.plural()).withNamespaced(kind.namespaced()).build();
        var operation = client.get().genericKubernetesResources(context);
        SharedIndexInformer<GenericKubernetesResource> informer = kind.namespaced()
                ? operation.inAnyNamespace().runnableInformer(0)
                : operation.runnableInformer(0);
        informer.itemStore(new SlimItemStore(ResourceService.isSecret(kind)));
        informer.exceptionHandler(handler(kind));
        informer.addEventHandler(handler);
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
