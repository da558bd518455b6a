package io.k8sdashboard.it.real;

import static io.k8sdashboard.it.LiveSocket.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.LiveSocket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Live updates over {@code /ws} against a real API server with RBAC: a pod created with kubectl
 * reaches a subscribed client as {@code resource:created}; a subscription the user's RBAC forbids
 * is refused; a revoked RoleBinding ends the stream within a minute (30 s decision cache plus the
 * re-check period).
 */
public class RealClusterLiveIT {

    private static final String NS = "live-test";
    private static TestEnv env;
    private static RealDashboard dashboard;

    @BeforeAll
    static void up() {
        env = TestEnv.require();
        dashboard = RealDashboard.get();
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
                    .serverSideApply();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitSnapshot(LiveSocket socket, String id) {
        socket.await("the last snapshot page of " + id, m -> message("snapshot", id).test(m) && m.path("last").asBoolean(),
                Duration.ofSeconds(30));
    }

    /** Runs the test environment's kubectl as the cluster admin. */
    private static void kubectl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(env.get("KUBECTL"), "--kubeconfig", env.get("KUBECONFIG_ADMIN")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done && process.exitValue() == 0).as("kubectl " + String.join(" ", args) + ": " + output).isTrue();
    }

    @Test
    void aPodCreatedWithKubectlReachesASubscribedClientAsCreated() throws Exception {
        String name = unique("live");
        try (LiveSocket bob = LiveSocket.open(dashboard.base(), "bob", "viewers")) {
            bob.subscribe("s1", "pods", NS);
            awaitSnapshot(bob, "s1");

            kubectl("-n", NS, "run", name, "--image=registry.invalid/live:1", "--restart=Never");

            JsonNode created = bob.await("resource:created of " + name,
                    m -> message("resource:created", "s1").test(m) && name.equals(m.path("name").asText()), Duration.ofSeconds(30));
            assertThat(created.path("namespace").asText()).isEqualTo(NS);
            assertThat(created.path("row").path("name").asText()).isEqualTo(name);
        } finally {
            kubectl("-n", NS, "delete", "pod", name, "--ignore-not-found", "--wait=false");
        }
    }

    @Test
    void aliceSubscriptionToTeamBIsRefusedAndHerSocketKeepsWorking() {
        try (LiveSocket alice = LiveSocket.open(dashboard.base(), "alice", "team-a")) {
            alice.subscribe("b", "pods", "team-b");
            JsonNode refused = alice.await("the refusal of team-b", message("error", "b"), Duration.ofSeconds(30));
            assertThat(refused.path("status").asInt()).isEqualTo(403);
            assertThat(refused.path("ended").asBoolean()).isTrue();

            alice.subscribe("a", "pods", "team-a");
            awaitSnapshot(alice, "a");
        }
    }

    @Test
    void revokingBobsRoleBindingEndsHisStream() throws Exception {
        // Bob signs in here without his "viewers" group: his only right is this RoleBinding.
        String binding = unique("live-bob");
        try (KubernetesClient admin = env.clientAs("ADMIN")) {
            admin.rbac().roleBindings().inNamespace(NS).resource(new RoleBindingBuilder()
                    .withNewMetadata().withName(binding).endMetadata()
                    .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName("view").endRoleRef()
                    .addNewSubject().withKind("User").withApiGroup("rbac.authorization.k8s.io").withName("bob").endSubject()
                    .build()).create();
            try (LiveSocket bob = LiveSocket.open(dashboard.base(), "bob", "live-testers")) {
                bob.subscribe("s1", "pods", NS);
                awaitSnapshot(bob, "s1");

                admin.rbac().roleBindings().inNamespace(NS).withName(binding).delete();

                JsonNode ended = bob.await("the end of the stream after the RoleBinding was deleted",
                        m -> message("error", "s1").test(m) && m.path("ended").asBoolean(), Duration.ofSeconds(75));
                assertThat(ended.path("status").asInt()).isEqualTo(403);
            }
        }
    }
}
