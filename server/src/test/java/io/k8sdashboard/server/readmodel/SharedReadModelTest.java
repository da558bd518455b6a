package io.k8sdashboard.server.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.kube.MockCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Informer lifecycle against the CRUD mock API server (which serves watches). */
class SharedReadModelTest {

    static final KindDescriptor PODS = new KindDescriptor("", "v1", "Pod", "pods", true);
    static final KindDescriptor SECRETS = new KindDescriptor("", "v1", "Secret", "secrets", true);

    MockCluster mock;
    MutableClock clock;
    SharedReadModel model;

    @BeforeEach
    void start() {
        mock = MockCluster.seeded();
        clock = new MutableClock();
        model = new SharedReadModel(new KubernetesClients(mock.connection()), clock, Duration.ofMinutes(10), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        model.shutdown();
        mock.close();
    }

    static List<String> keys(List<GenericKubernetesResource> objects) {
        return objects.stream().map(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName()).sorted().toList();
    }

    List<String> expected() {
        return mock.client().pods().inAnyNamespace().list().getItems().stream()
                .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).sorted().toList();
    }

    /** Polls the cache (not the clock) until the condition holds, failing after 10 s. */
    List<GenericKubernetesResource> awaitCache(Predicate<List<GenericKubernetesResource>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<GenericKubernetesResource> objects = model.objects(PODS).orElseThrow();
        while (!condition.test(objects)) {
            assertThat(System.nanoTime()).as("the cache caught up within 10 s").isLessThan(deadline);
            Thread.sleep(20);
            objects = model.objects(PODS).orElseThrow();
        }
        return objects;
    }

    @Test
    void theFirstReadStartsAndSyncsTheInformerAndWarmReadsCostNoRequest() {
        assertThat(model.synced(PODS)).isFalse();
        List<GenericKubernetesResource> first = model.objects(PODS).orElseThrow();
        assertThat(model.synced(PODS)).isTrue();
        assertThat(keys(first)).isNotEmpty().containsExactlyElementsOf(expected());

        int before = mock.server().getRequestCount();
        for (int i = 0; i < 5; i++) {
            assertThat(keys(model.objects(PODS).orElseThrow())).containsExactlyElementsOf(keys(first));
        }
        assertThat(mock.server().getRequestCount()).as("API requests for 5 warm reads").isEqualTo(before);
    }

    @Test
    void changesMadeThroughTheApiReachTheCache() throws InterruptedException {
        model.objects(PODS).orElseThrow();
        mock.client().pods().inNamespace("team-a").resource(new PodBuilder().withNewMetadata().withName("added")
                .withNamespace("team-a").withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl").build())
                .endMetadata().build()).create();
        List<GenericKubernetesResource> withAdded = awaitCache(objects -> keys(objects).contains("team-a/added"));
        assertThat(withAdded).filteredOn(o -> o.getMetadata().getName().equals("added"))
                .allSatisfy(o -> assertThat(o.getMetadata().getManagedFields()).as("managedFields stripped").isNullOrEmpty());

        mock.client().pods().inNamespace("team-a").withName("added").delete();
        awaitCache(objects -> !keys(objects).contains("team-a/added"));
        assertThat(keys(model.objects(PODS).orElseThrow())).containsExactlyElementsOf(expected());
    }

    @Test
    void secretsAreNeverHeld() {
        assertThat(model.serves(SECRETS)).isFalse();
        int before = mock.server().getRequestCount();
        assertThat(model.objects(SECRETS)).isEmpty();
        assertThat(mock.server().getRequestCount()).as("no informer started for Secrets").isEqualTo(before);
    }

    @Test
    void anInformerUnreadForTheIdleTimeIsStoppedAndRestartsOnTheNextRead() {
        model.objects(PODS).orElseThrow();
        clock.advance(Duration.ofMinutes(9));
        assertThat(model.stopIdle()).isZero();
        model.objects(PODS).orElseThrow(); // a read resets the idle time
        clock.advance(Duration.ofMinutes(9));
        assertThat(model.stopIdle()).isZero();
        assertThat(model.synced(PODS)).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(model.stopIdle()).isEqualTo(1);
        assertThat(model.synced(PODS)).isFalse();

        assertThat(keys(model.objects(PODS).orElseThrow())).containsExactlyElementsOf(expected());
        assertThat(model.synced(PODS)).isTrue();
    }

    @Test
    void anInformerThatCannotSyncAnswersEmptySoTheCallerReadsImpersonated() {
        try (KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:1").withRequestRetryBackoffLimit(0).build()).build()) {
            SharedReadModel unreachable = new SharedReadModel(new KubernetesClients() {
                @Override
                public KubernetesClient system() {
                    return nowhere;
                }
            }, clock, Duration.ofMinutes(10), Duration.ofSeconds(5));
            Instant start = Instant.now();
            assertThat(unreachable.objects(PODS)).isEmpty();
            assertThat(Duration.between(start, Instant.now())).as("bounded by the sync timeout").isLessThan(Duration.ofSeconds(10));
            assertThat(unreachable.synced(PODS)).isFalse();
            unreachable.shutdown();
        }
    }
}
