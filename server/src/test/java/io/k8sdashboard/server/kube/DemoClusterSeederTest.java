package io.k8sdashboard.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoClusterSeederTest {

    static MockCluster mock;
    static KubernetesClient client;

    @BeforeAll
    static void seed() {
        mock = MockCluster.seeded();
        client = mock.client();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void createsTheAdvertisedCounts() {
        assertThat(client.namespaces().list().getItems()).extracting(n -> n.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(DemoClusterSeeder.NAMESPACES);
        assertThat(client.nodes().list().getItems()).hasSize(DemoClusterSeeder.CONTENTS.get("nodes"));
        assertThat(client.pods().inAnyNamespace().list().getItems()).hasSize(DemoClusterSeeder.CONTENTS.get("pods"));
        assertThat(client.apps().deployments().inAnyNamespace().list().getItems()).hasSize(5);
        assertThat(client.services().inAnyNamespace().list().getItems()).hasSize(DemoClusterSeeder.CONTENTS.get("services"));
        assertThat(client.secrets().inAnyNamespace().list().getItems()).hasSize(1);
        assertThat(client.v1().events().inAnyNamespace().list().getItems()).hasSize(DemoClusterSeeder.CONTENTS.get("events"));
        assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems()).hasSize(1);
        ResourceDefinitionContext widgets = new ResourceDefinitionContext.Builder().withGroup("example.com").withVersion("v1")
                .withKind("Widget").withPlural("widgets").withNamespaced(true).build();
        assertThat(client.genericKubernetesResources(widgets).inAnyNamespace().list().getItems()).hasSize(2);
    }

    @Test
    void podsAreOwnedByTheirReplicaSetAndCarryStatus() {
        Pod web = client.pods().inNamespace("shop").withName("web-7c9d8f6b5-h4k2j").get();
        ReplicaSet rs = client.apps().replicaSets().inNamespace("shop").withName("web-7c9d8f6b5").get();
        assertThat(web.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo(rs.getMetadata().getUid());
        assertThat(rs.getMetadata().getOwnerReferences().get(0).getKind()).isEqualTo("Deployment");
        assertThat(web.getStatus().getPhase()).isEqualTo("Running");
        assertThat(web.getStatus().getPodIP()).isNotBlank();
        assertThat(web.getSpec().getNodeName()).startsWith("node-");
    }

    @Test
    void oneCrashingAndOnePendingPod() {
        String[] crashing = DemoClusterSeeder.CRASHING_POD.split("/");
        Pod pod = client.pods().inNamespace(crashing[0]).withName(crashing[1]).get();
        assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getWaiting().getReason()).isEqualTo("CrashLoopBackOff");
        assertThat(pod.getStatus().getContainerStatuses().get(0).getRestartCount()).isGreaterThan(5);
        String[] pending = DemoClusterSeeder.PENDING_POD.split("/");
        assertThat(client.pods().inNamespace(pending[0]).withName(pending[1]).get().getStatus().getPhase()).isEqualTo("Pending");
    }

    @Test
    void creationTimesAreSpreadOverThePast() {
        List<Instant> created = client.pods().inAnyNamespace().list().getItems().stream()
                .map(p -> Instant.parse(p.getMetadata().getCreationTimestamp())).distinct().toList();
        assertThat(created).hasSizeGreaterThan(3);
        assertThat(created).allMatch(t -> t.isBefore(Instant.now().plusSeconds(1)));
        assertThat(created.stream().min(Instant::compareTo).orElseThrow()).isBefore(Instant.now().minusSeconds(3 * 24 * 3600));
    }
}
