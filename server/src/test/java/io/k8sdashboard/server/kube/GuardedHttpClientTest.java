package io.k8sdashboard.server.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.k8sdashboard.server.resilience.Backoff;
import io.k8sdashboard.server.resilience.CircuitBreaker;
import io.k8sdashboard.server.resilience.DependencyUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guard on fabric8's HTTP client, against fabric8's mock API server (expectations mode). */
class GuardedHttpClientTest {

    private static final String CM_PATH = "/api/v1/namespaces/team-a/configmaps/web";
    private static final ConfigMap WEB = new ConfigMapBuilder().withNewMetadata().withName("web").withNamespace("team-a")
            .endMetadata().addToData("k", "v").build();

    private KubernetesMockServer server;
    private KubernetesClient client;
    private CircuitBreaker breaker;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        breaker = new CircuitBreaker("kubernetes", 3, Duration.ofSeconds(10), Duration.ofSeconds(30), Clock.systemUTC());
        client = KubernetesClientFactory.build(server.createClient().getConfiguration(), ApiCallCounter.NONE, policy(breaker));
    }

    private static KubernetesCallPolicy policy(CircuitBreaker breaker) {
        return new KubernetesCallPolicy(Duration.ofSeconds(2), Duration.ofSeconds(5),
                new Backoff(3, Duration.ofMillis(20), Duration.ofMillis(1_000)), breaker);
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void aGetAnswered503IsRetriedWithinItsAttempts() {
        server.expect().get().withPath(CM_PATH).andReturn(503, "busy").once();
        server.expect().get().withPath(CM_PATH).andReturn(200, WEB).once();

        assertThat(client.configMaps().inNamespace("team-a").withName("web").get().getData()).containsEntry("k", "v");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesStopAtMaxAttempts() {
        server.expect().get().withPath(CM_PATH).andReturn(503, "busy").times(5);

        assertThatThrownBy(() -> client.configMaps().inNamespace("team-a").withName("web").get())
                .isInstanceOf(KubernetesClientException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        server.expect().get().withPath(CM_PATH).andReply(429, r -> "slow down").withHeader("Retry-After", "1").once();
        server.expect().get().withPath(CM_PATH).andReturn(200, WEB).once();

        long start = System.nanoTime();
        assertThat(client.configMaps().inNamespace("team-a").withName("web").get()).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aCreateIsNeverRetried() {
        server.expect().post().withPath("/api/v1/namespaces/team-a/configmaps").andReturn(503, "busy").always();

        assertThatThrownBy(() -> client.configMaps().inNamespace("team-a").resource(WEB).create())
                .isInstanceOf(KubernetesClientException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAccessReviewIsRetried() {
        String path = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
                .withVerb("get").withResource("pods").endResourceAttributes().endSpec().build();
        server.expect().post().withPath(path).andReturn(503, "busy").once();
        server.expect().post().withPath(path).andReturn(201, new SelfSubjectAccessReviewBuilder(review).withNewStatus()
                .withAllowed(true).endStatus().build()).once();

        assertThat(client.authorization().v1().selfSubjectAccessReview().create(review).getStatus().getAllowed()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aServerThatDropsConnectionsOpensTheBreakerAndLaterCallsFailFast() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket dropper = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!dropper.isClosed()) {
                    try (Socket s = dropper.accept()) {
                        connections.incrementAndGet(); // closed at once: the client sees a reset
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Config config = new ConfigBuilder().withMasterUrl("http://127.0.0.1:" + dropper.getLocalPort()).build();
            List<String> counted = new CopyOnWriteArrayList<>();
            ApiCallCounter counter = (call, code) -> counted.add(call.verb() + " " + code);
            try (KubernetesClient dropping = KubernetesClientFactory.build(config, counter, policy(breaker))) {
                assertThatThrownBy(() -> dropping.configMaps().inNamespace("team-a").withName("web").get())
                        .isInstanceOf(KubernetesClientException.class);
                // three attempts; the JDK client itself re-sends a GET once on a connection closed before any byte
                assertThat(connections.get()).as("three attempts, each at most twice on the wire").isBetween(3, 6);
                assertThat(counted).as("each unanswered attempt is counted").containsExactly("get error", "get error", "get error");
                int seen = connections.get();
                assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

                assertThatThrownBy(() -> dropping.configMaps().inNamespace("team-a").withName("web").get())
                        .satisfies(e -> assertThat(DependencyUnavailableException.in(e)).isNotNull());
                assertThat(connections.get()).as("no connection while open").isEqualTo(seen);
                assertThat(counted).as("a call the open breaker refused was never sent").hasSize(3);
            }
        }
    }

    @Test
    void aReachableServerAnsweringErrorsKeepsTheBreakerClosed() {
        server.expect().get().withPath(CM_PATH).andReturn(404, "not found").always();
        for (int i = 0; i < 5; i++) {
            assertThat(client.configMaps().inNamespace("team-a").withName("web").get()).isNull();
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void impersonatingClientsShareTheGuard() {
        server.expect().get().withPath(CM_PATH).andReturn(503, "busy").once();
        server.expect().get().withPath(CM_PATH).andReturn(200, WEB).once();
        KubernetesClient alice = Impersonation.as(client, new io.k8sdashboard.plugin.api.UserIdentity("alice", null, java.util.List.of("team-a")));

        assertThat(alice.configMaps().inNamespace("team-a").withName("web").get()).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
