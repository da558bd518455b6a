package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The WebSocket at /ws against the running server and the mock cluster: identity and Origin are
 * checked on the upgrade, a subscription gets a snapshot then live changes, and bad messages get
 * an error without closing the socket.
 */
public class PushIT {

    private static final String SAME_ORIGIN = Dashboard.BASE.toString();

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LiveSocket connect(Map<String, String> headers) {
        return LiveSocket.connect(Dashboard.BASE, headers);
    }

    private static Map<String, String> as(String user, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (user != null) {
            headers.putAll(Dashboard.proxyHeaders(user, "developers"));
        }
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return headers;
    }

    private static int refusedStatus(Map<String, String> headers) {
        Throwable failure = catchThrowable(() -> connect(headers));
        assertThat(failure).isInstanceOf(CompletionException.class);
        assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    @Test
    void aSubscriptionGetsASnapshotThenACreatedPod() throws InterruptedException {
        LiveSocket client = connect(as("ws-alice", SAME_ORIGIN));
        try {
            client.send("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":\"team-a\"}");
            List<String> names = new ArrayList<>();
            JsonNode page;
            do {
                page = client.await("a snapshot page or an error", m -> m.path("type").asText().equals("snapshot") || m.path("type").asText().equals("error"), WAIT);
                assertThat(page.path("type").asText()).as(page.toString()).isEqualTo("snapshot");
                assertThat(page.path("id").asText()).isEqualTo("s1");
                page.path("rows").forEach(row -> names.add(row.path("name").asText()));
            } while (!page.path("last").asBoolean());
            assertThat(names).anyMatch(n -> n.startsWith("frontend-"));

            String name = "ws-created-" + System.nanoTime();
            Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace("team-a").addToLabels("app", "ws-it")
                    .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build();
            TestCluster.get().client().pods().inNamespace("team-a").resource(pod).create();

            JsonNode created = client.await("the created pod", m -> m.path("type").asText().startsWith("resource:")
                    && m.path("name").asText().equals(name), WAIT);
            assertThat(created.path("type").asText()).isEqualTo("resource:created");
            assertThat(created.path("id").asText()).isEqualTo("s1");
            assertThat(created.path("namespace").asText()).isEqualTo("team-a");
            assertThat(created.path("row").path("labels").path("app").asText()).isEqualTo("ws-it");

            TestCluster.get().client().pods().inNamespace("team-a").withName(name).delete();
            JsonNode deleted = client.await("the deleted pod", m -> m.path("type").asText().equals("resource:deleted")
                    && m.path("name").asText().equals(name), WAIT);
            assertThat(deleted.path("id").asText()).isEqualTo("s1");
        } finally {
            client.close();
        }
    }

    @Test
    void messagesAreHandledAsTheUserOfTheHandshake() throws InterruptedException {
        // A fresh user: access decisions are cached per user for 30 s, so a known one would ask nothing.
        String user = "ws-bob-" + System.nanoTime();
        int before = TestCluster.get().requests().size();
        LiveSocket client = connect(as(user, SAME_ORIGIN));
        try {
            client.send("{\"type\":\"subscribe\",\"id\":\"b1\",\"kind\":\"pods\",\"namespace\":\"shop\"}");
            client.await("a message", m -> m.path("id").asText().equals("b1"), WAIT);
        } finally {
            client.close();
        }
        List<RecordedRequest> reviews = TestCluster.get().requests().stream().skip(before)
                .filter(r -> r.getPath().contains("selfsubjectaccessreviews")).toList();
        assertThat(reviews).anyMatch(r -> user.equals(r.getHeader("Impersonate-User")));
        assertThat(reviews).as("no review made with the dashboard's own identity")
                .allMatch(r -> r.getHeader("Impersonate-User") != null);
    }

    @Test
    void badMessagesGetAnErrorAndTheSocketKeepsWorking() throws InterruptedException {
        LiveSocket client = connect(as("ws-carol", null));
        try {
            client.send("{this is not json");
            JsonNode error = client.await("a message", m -> m.path("type").asText().equals("error"), WAIT);
            assertThat(error.path("status").asInt()).isEqualTo(400);
            client.send("{\"type\":\"subscribe\",\"id\":\"c1\",\"kind\":\"pods\",\"namespace\":\"Not_A_Namespace\"}");
            JsonNode invalid = client.await("a message", m -> m.path("type").asText().equals("error"), WAIT);
            assertThat(invalid.path("field").asText()).isEqualTo("namespace");
            assertThat(invalid.path("id").asText()).isEqualTo("c1");
            client.send("{\"type\":\"ping\"}");
            assertThat(client.await("a message", m -> true, WAIT).path("type").asText()).isEqualTo("pong");
        } finally {
            client.close();
        }
    }

    @Test
    void anotherOriginIsRefusedWith403() {
        assertThat(refusedStatus(as("ws-alice", "https://evil.example"))).isEqualTo(403);
    }

    @Test
    void noIdentityIsRefusedWith401() {
        assertThat(refusedStatus(as(null, SAME_ORIGIN))).isEqualTo(401);
    }

    @Test
    void identityHeadersFromAnUntrustedPeerAreRefusedBeforeTheUpgrade() {
        Map<String, String> headers = Dashboard.proxyHeaders("admin", "developers");
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Version", "13");
        headers.put("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        Dashboard.RawResponse response = Dashboard.rawGetFrom("127.0.0.2", "/ws", headers);
        assertThat(response.status()).as(response.text()).isEqualTo(401);
    }
}
