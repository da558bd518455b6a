package io.k8sdashboard.it.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.k8sdashboard.it.LiveSocket;
import io.k8sdashboard.server.redis.RedisServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Two Liberty replicas sharing one Redis (issue 4, item 5): a change seen by replica A reaches a
 * WebSocket client of replica B; a plugin's progress events from background work on A reach the
 * starting user's tab on B and no other user's (issue 9, items 3 and 4); with Redis killed, requests keep succeeding, readiness stays UP
 * and says Redis is down, and the fallback metric grows (fixed ports 9082/9083).
 *
 * <p>Replicas of one dashboard watch the same cluster, so a client of B would also get the change
 * from B's own watch. To prove the path through Redis, A watches the real test cluster and B the
 * integration tests' mock cluster, where the pod A sees is never created: only the relay can
 * bring it to B's client.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReplicasIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String NAMESPACE = "team-a";
    /** The event type of a plugin's ProgressReporter. */
    private static final String PROGRESS = "deployment:progress";

    private static TestEnv env;
    private static RedisServerProcess redis;
    private static ReplicaPair replicas;

    @BeforeAll
    static void up() throws Exception {
        env = TestEnv.require();
        redis = RedisServerProcess.start();
        io.k8sdashboard.it.TestCluster.get(); // B's cluster
        Map<String, String> mockCluster = Map.of(
                "DASHBOARD_KUBERNETES_API_URL", "http://127.0.0.1:" + Integer.getInteger("it.k8s.port", 18089),
                "DASHBOARD_KUBERNETES_TOKEN", "integration-test-token",
                "DASHBOARD_CLUSTER_DEMO", "false",
                "DASHBOARD_AUTH_MODE", "proxy",
                "DASHBOARD_AUTH_TRUSTED_PROXIES", "127.0.0.1/32");
        replicas = ReplicaPair.start(env.dashboardSettings(), mockCluster, redis.url());
    }

    @AfterAll
    static void down() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void aChangeSeenByReplicaAReachesAWebSocketClientOfReplicaB() throws Exception {
        String name = "replica-probe-" + System.nanoTime();
        try (LiveSocket onB = LiveSocket.open(replicas.b(), "bob", "viewers");
                KubernetesClient admin = env.clientAs("ADMIN")) {
            onB.subscribe("s1", "pods", NAMESPACE);
            onB.await("B's snapshot", m -> LiveSocket.message("snapshot", "s1").test(m) && m.path("last").asBoolean(),
                    Duration.ofSeconds(30));
            // Replica A must be watching pods too, or it sees nothing to relay: one list warms it.
            assertThat(get(replicas.a(), "/api/v1/resources/pods?namespace=" + NAMESPACE, "bob", "viewers").statusCode()).isEqualTo(200);

            Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withImage("registry.invalid/probe:1").endContainer().endSpec().build();
            admin.pods().inNamespace(NAMESPACE).resource(pod).create();
            try {
                JsonNode created = onB.await("resource:created of " + name + " on B",
                        m -> LiveSocket.message("resource:created", "s1").test(m) && name.equals(m.path("name").asText()),
                        Duration.ofSeconds(20));
                assertThat(created.path("namespace").asText()).isEqualTo(NAMESPACE);
            } finally {
                admin.pods().inNamespace(NAMESPACE).withName(name).delete();
            }
        }
        assertThat(io.k8sdashboard.it.TestCluster.get().client().pods().inNamespace(NAMESPACE).withName(name).get())
                .as("B's own cluster never had the pod: the event came through Redis").isNull();
    }

    @Test
    @Order(2)
    void progressOfAPluginsBackgroundWorkOnAReachesTheStartingUsersTabOnBAndNotAnotherUsers() throws Exception {
        try (LiveSocket alicesTab = LiveSocket.open(replicas.b(), "alice", "team-a");
                LiveSocket bobsTab = LiveSocket.open(replicas.b(), "bob", "viewers")) {
            String operation = startProgressDemo("team-a");
            alicesTab.send("{\"type\":\"follow\",\"operation\":\"" + operation + "\"}");

            JsonNode done = alicesTab.await("the success of " + operation + " on B",
                    progressOf(operation, "succeeded"), Duration.ofSeconds(30));
            assertThat(done.path("source").asText()).isEqualTo("progress-plugin");
            assertThat(done.has("id")).as("not an event of a subscription").isFalse();
            assertThat(done.path("payload").path("percent").asInt()).isEqualTo(100);
            // currentUser() on the plugin's worker thread is the user of the request that started it.
            assertThat(done.path("payload").path("message").asText()).isEqualTo("done as alice");

            // B forwards each event to all its tabs before the next one: by bob's pong after
            // alice's success, bob's tab would have been sent the operation's running steps.
            List<JsonNode> bobs = new ArrayList<>();
            bobsTab.send("{\"type\":\"ping\"}");
            bobsTab.await("bob's pong", m -> bobs.add(m) && "pong".equals(m.path("type").asText()), Duration.ofSeconds(10));
            assertThat(bobs).as("bob neither started nor follows the operation")
                    .noneMatch(m -> PROGRESS.equals(m.path("type").asText()));
        }
    }

    @Test
    @Order(3)
    void theBackgroundWorkReadsAsTheStartingUserSoHerRbacApplies() throws Exception {
        try (LiveSocket alicesTab = LiveSocket.open(replicas.b(), "alice", "team-a")) {
            String operation = startProgressDemo("team-b");
            alicesTab.send("{\"type\":\"follow\",\"operation\":\"" + operation + "\"}");
            JsonNode failed = alicesTab.await("the failure of " + operation + " on B",
                    progressOf(operation, "failed"), Duration.ofSeconds(30));
            // Checked for the user bound on the worker thread: alice, whose RBAC stops at team-a.
            assertThat(failed.path("payload").path("message").asText())
                    .isEqualTo("User \"alice\" may not list pods in namespace \"team-b\"");
        }
    }

    /** Alice starts the progress-plugin fixture's background work on replica A; its operation id. */
    private static String startProgressDemo(String namespace) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(replicas.a().resolve("/api/v1/progress-demo?namespace=" + namespace))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-User", "alice").header("X-Forwarded-Email", "alice@example.com")
                .header("X-Forwarded-Groups", "team-a").build();
        HttpResponse<String> started = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String operation = io.k8sdashboard.it.Json.parse(started.body()).path("operationId").asText();
        assertThat(operation).isNotBlank();
        return operation;
    }

    private static java.util.function.Predicate<JsonNode> progressOf(String operation, String state) {
        return m -> PROGRESS.equals(m.path("type").asText())
                && operation.equals(m.path("payload").path("operationId").asText())
                && state.equals(m.path("payload").path("state").asText());
    }

    @Test
    @Order(4)
    void killingRedisDuringAStreamOfRequestsFailsNoneOfThem() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i == 20) {
                redis.stop();
            }
            URI replica = i % 2 == 0 ? replicas.a() : replicas.b();
            // A fresh group per request: a decision neither replica holds locally, so Redis is asked (and fails).
            HttpResponse<String> response = get(replica, "/api/v1/resources/pods?namespace=" + NAMESPACE, "bob", "viewers,stream-" + i);
            if (response.statusCode() != 200) {
                failures.add(i + ": " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @Order(5)
    void readinessStaysUpAndReportsRedisDown() throws Exception {
        for (URI replica : List.of(replicas.a(), replicas.b())) {
            awaitUntil(Duration.ofSeconds(15), () -> {
                HttpResponse<String> ready = get(replica, "/health/ready", null);
                return ready.statusCode() == 200 && ready.body().replace(" ", "").contains("\"redis\":\"down\"");
            }, "readiness of " + replica + " UP with redis down");
        }
    }

    @Test
    @Order(6)
    void theFallbackMetricCountsWhatRedisCouldNotServe() throws Exception {
        for (URI replica : List.of(replicas.a(), replicas.b())) {
            assertThat(fallbacks(replica)).as("fallbacks on " + replica).isPositive();
        }
    }

    @Test
    @Order(7)
    void whenRedisReturnsTheReplicasUseItAgain() throws Exception {
        redis.restart();
        for (URI replica : List.of(replicas.a(), replicas.b())) {
            awaitUntil(Duration.ofSeconds(30), () -> get(replica, "/health/ready", null).body().replace(" ", "").contains("\"redis\":\"up\""),
                    "readiness of " + replica + " reports redis up again");
        }
    }

    private static double fallbacks(URI replica) throws Exception {
        String metrics = get(replica, "/metrics", null).body();
        double total = 0;
        Matcher m = Pattern.compile("(?m)^dashboard_redis_fallbacks_total\\{[^}]*}\\s+([0-9.eE+]+)").matcher(metrics);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static HttpResponse<String> get(URI base, String path, String user, String groups) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("X-Forwarded-User", user).header("X-Forwarded-Email", user + "@example.com").header("X-Forwarded-Groups", groups);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI base, String path, String user) throws IOException, InterruptedException {
        return get(base, path, user, "");
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(Duration bound, Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + bound + ": " + what);
            }
            Thread.sleep(250);
        }
    }
}
