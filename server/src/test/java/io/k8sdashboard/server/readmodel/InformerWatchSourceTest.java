package io.k8sdashboard.server.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.api.model.WatchEventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The informer behind the read model, against a scripted API server: when the watch expires
 * (410 Gone) it lists again and the index ends with the cluster's final state, a deletion missed
 * meanwhile included, with each change told to listeners.
 */
class InformerWatchSourceTest {

    private KubernetesMockServer server;
    private KubernetesClient client;
    private WatchSource.RunningWatch running;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        client = server.createClient();
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.stop();
        }
        client.close();
        server.destroy();
    }

    private static Pod pod(String name, String version) {
        return new PodBuilder().withNewMetadata().withNamespace("test").withName(name).withResourceVersion(version)
                .withManagedFields(new io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder().withManager("kubectl").build())
                .endMetadata().withNewStatus().withPhase("Running").endStatus().build();
    }

    @Test
    void aWatchThatExpiresIsListedAgainAndReconciled() throws Exception {
        WatchEvent gone = new WatchEventBuilder().withType("ERROR")
                .withObject(new StatusBuilder().withCode(HttpURLConnection.HTTP_GONE).withMessage("too old resource version").build())
                .build();
        server.expect().withPath("/api/v1/pods?limit=500")
                .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("1000").endMetadata()
                        .withItems(pod("old", "999")).build())
                .once();
        server.expect().withPath("/api/v1/pods?allowWatchBookmarks=true&resourceVersion=1000&timeoutSeconds=600&watch=true")
                .andUpgradeToWebSocket().open()
                .waitFor(50).andEmit(new WatchEvent(pod("kept", "1001"), "ADDED"))
                .waitFor(50).andEmit(gone)
                .done().once();
        // While the watch was gone, "old" was deleted and "kept" changed: only a new list shows it.
        server.expect().withPath("/api/v1/pods?limit=500")
                .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("1005").endMetadata()
                        .withItems(pod("kept", "1004")).build())
                .always();
        server.expect().withPath("/api/v1/pods?allowWatchBookmarks=true&resourceVersion=1005&timeoutSeconds=600&watch=true")
                .andUpgradeToWebSocket().open().done().always();

        KindIndex index = new KindIndex(Fixtures.PODS, null);
        Fixtures.Recorder listener = new Fixtures.Recorder();
        index.listen(listener);
        KindWatch watch = new KindWatch(index, new InformerWatchSource(() -> client));
        assertThat(watch.ensureSynced(java.time.Instant.now(), Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .isEqualTo(KindWatch.State.SYNCED);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listener.told().contains("DELETED test/old@999") || !listener.told().contains("UPDATED test/kept@1004")) {
            assertThat(System.nanoTime()).as("the re-list reconciled within 20 s; told: " + listener.told()).isLessThan(deadline);
            Thread.sleep(20);
        }
        watch.stop();

        assertThat(index.entries().values()).extracting(e -> e.row().name() + "@" + e.version()).containsExactly("kept@1004");
        assertThat(listener.told()).startsWith("CREATED test/old@999", "CREATED test/kept@1001")
                .containsExactlyInAnyOrder("CREATED test/old@999", "CREATED test/kept@1001", "DELETED test/old@999",
                        "UPDATED test/kept@1004");
        var kept = index.get("test", "kept").orElseThrow();
        assertThat(kept.row().cells()).as("the row is made from the whole object").contains("Running");
        assertThat(kept.object().inflate().getAdditionalProperties()).as("the whole object is held").containsKey("status");
        assertThat(kept.object().inflate().getMetadata().getManagedFields()).as("held without managedFields").isNullOrEmpty();
    }

    @Test
    void objectsAreHeldWholeAndSecretsWithoutTheirValues() throws Exception {
        String value = java.util.Base64.getEncoder().encodeToString("s3cr3t-value".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        server.expect().withPath("/api/v1/secrets?limit=500")
                .andReturn(200, new io.fabric8.kubernetes.api.model.SecretListBuilder().withNewMetadata().withResourceVersion("7").endMetadata()
                        .addNewItem().withNewMetadata().withNamespace("shop").withName("db").withResourceVersion("6")
                        .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration", "{\"data\":{\"password\":\"" + value + "\"}}")
                        .endMetadata().withType("Opaque").addToData("password", value).endItem().build())
                .once();
        server.expect().withPath("/api/v1/secrets?allowWatchBookmarks=true&resourceVersion=7&timeoutSeconds=600&watch=true")
                .andUpgradeToWebSocket().open().done().always();

        KindIndex secrets = new KindIndex(Fixtures.SECRETS, null);
        KindWatch watch = new KindWatch(secrets, new InformerWatchSource(() -> client));
        try {
            assertThat(watch.ensureSynced(java.time.Instant.now(), Duration.ofSeconds(10), Duration.ofSeconds(60)))
                    .isEqualTo(KindWatch.State.SYNCED);
            var held = secrets.get("shop", "db").orElseThrow().object().inflate();
            assertThat(held.getAdditionalProperties()).as("the whole object is held").containsEntry("type", "Opaque")
                    .containsEntry("data", java.util.Map.of("password", ""));
            assertThat(io.fabric8.kubernetes.client.utils.Serialization.asJson(held)).doesNotContain(value);
        } finally {
            watch.stop();
        }
    }
}
