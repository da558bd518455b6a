package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Kinds, objects and a hand-driven watch for read model tests: no API server involved. */
final class Fixtures {

    private Fixtures() {
    }

    static final RegisteredKind PODS = RegisteredKind.of(new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("", "v1", "Pod", "pods", true);
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.of("Status", ColumnType.STRING, "phase", o -> o.string("status.phase")),
                    Column.of("Restarts", ColumnType.NUMBER, "restarts", o -> o.number("status.restarts").orElse(null)));
        }
    }, RegisteredKind.PLUGIN);

    static final RegisteredKind SECRETS = RegisteredKind.of(new ResourceKindProvider() {
        @Override
        public KindDescriptor kind() {
            return new KindDescriptor("", "v1", "Secret", "secrets", true);
        }

        @Override
        public List<Column> columns() {
            return List.of();
        }
    }, RegisteredKind.PLUGIN);

    static GenericKubernetesResource pod(String namespace, String name, long resourceVersion, String phase, Map<String, String> labels) {
        return pod(namespace, name, resourceVersion, phase, 0, labels);
    }

    static GenericKubernetesResource pod(String namespace, String name, long resourceVersion, String phase, int restarts,
            Map<String, String> labels) {
        GenericKubernetesResource pod = new GenericKubernetesResource();
        pod.setApiVersion("v1");
        pod.setKind("Pod");
        pod.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name)
                .withResourceVersion(Long.toString(resourceVersion)).withLabels(labels)
                .withCreationTimestamp("2026-11-28T10:00:00Z").build());
        pod.setAdditionalProperty("status", new java.util.HashMap<>(Map.of("phase", phase, "restarts", restarts)));
        return pod;
    }

    /** A watch source the test drives: it records starts and hands the handler what the test pushes. */
    static final class HandWatch implements WatchSource {
        final List<KindDescriptor> started = new ArrayList<>();
        int stopped;
        /** What the next start's sync does: complete, fail, or never complete. */
        Outcome next = Outcome.SYNC;
        List<GenericKubernetesResource> initial = List.of();
        Sink handler;

        enum Outcome { SYNC, FAIL, HANG }

        @Override
        public RunningWatch start(KindDescriptor kind, Sink handler) {
            started.add(kind);
            this.handler = handler;
            CompletableFuture<Void> synced = new CompletableFuture<>();
            switch (next) {
                case SYNC -> {
                    initial.forEach(handler::upsert);
                    synced.complete(null);
                }
                case FAIL -> synced.completeExceptionally(new IllegalStateException("forbidden"));
                case HANG -> { }
            }
            return new RunningWatch() {
                @Override
                public CompletionStage<Void> synced() {
                    return synced;
                }

                @Override
                public void stop() {
                    stopped++;
                }
            };
        }
    }

    /** Records what listeners are told. */
    static final class Recorder implements ChangeListener {
        // Written by the informer's thread while a test thread polls told(): thread-safe lists.
        final List<ResourceChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> resyncs = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void changed(ResourceChange change) {
            changes.add(change);
        }

        @Override
        public void resync(String kind) {
            resyncs.add(kind);
        }

        List<String> told() {
            return changes.stream().map(c -> c.type() + " " + c.key() + "@" + c.resourceVersion() + (c.remote() ? " remote" : ""))
                    .toList();
        }
    }
}
