package io.k8sdashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The WebSocket at /ws against the running server and the mock cluster: identity and Origin are
 * checked on the upgrade, a subscription gets a snapshot then live changes, and bad messages get
 * an error without closing the socket.
 */
public class PushIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final URI WS = URI.create(Dashboard.BASE.toString().replaceFirst("^http", "ws") + "/ws");
    private static final String SAME_ORIGIN = Dashboard.BASE.toString();

    @BeforeAll
    static void ready() {
        Dashboard.awaitReady();
    }

    /** A connected client collecting every text message. */
    static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(Json.parse(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        /** The next message matching, skipping others; fails after 20 s. */
        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            List<String> skipped = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                JsonNode next = messages.poll(200, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (wanted.test(next)) {
                    return next;
                }
                skipped.add(next.toString());
            }
            throw new AssertionError("no matching message within 20 s; got " + skipped);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
    }

    private static Client connect(Map<String, String> headers) {
        Client client = new Client();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(WS, client).join();
        return client;
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
        Client client = connect(as("ws-alice", SAME_ORIGIN));
        try {
            client.send("{\"type\":\"subscribe\",\"id\":\"s1\",\"kind\":\"pods\",\"namespace\":\"team-a\"}");
            List<String> names = new ArrayList<>();
            JsonNode page;
            do {
                page = client.await(m -> m.path("type").asText().equals("snapshot") || m.path("type").asText().equals("error"));
                assertThat(page.path("type").asText()).as(page.toString()).isEqualTo("snapshot");
                assertThat(page.path("id").asText()).isEqualTo("s1");
                page.path("rows").forEach(row -> names.add(row.path("name").asText()));
            } while (!page.path("last").asBoolean());
            assertThat(names).anyMatch(n -> n.startsWith("frontend-"));

            String name = "ws-created-" + System.nanoTime();
            Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace("team-a").addToLabels("app", "ws-it")
                    .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build();
            TestCluster.get().client().pods().inNamespace("team-a").resource(pod).create();

            JsonNode created = client.await(m -> m.path("type").asText().startsWith("resource:")
                    && m.path("name").asText().equals(name));
            assertThat(created.path("type").asText()).isEqualTo("resource:created");
            assertThat(created.path("id").asText()).isEqualTo("s1");
            assertThat(created.path("namespace").asText()).isEqualTo("team-a");
            assertThat(created.path("row").path("labels").path("app").asText()).isEqualTo("ws-it");

            TestCluster.get().client().pods().inNamespace("team-a").withName(name).delete();
            JsonNode deleted = client.await(m -> m.path("type").asText().equals("resource:deleted")
                    && m.path("name").asText().equals(name));
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
        Client client = connect(as(user, SAME_ORIGIN));
        try {
            client.send("{\"type\":\"subscribe\",\"id\":\"b1\",\"kind\":\"pods\",\"namespace\":\"shop\"}");
            client.await(m -> m.path("id").asText().equals("b1"));
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
        Client client = connect(as("ws-carol", null));
        try {
            client.send("{this is not json");
            JsonNode error = client.await(m -> m.path("type").asText().equals("error"));
            assertThat(error.path("status").asInt()).isEqualTo(400);
            client.send("{\"type\":\"subscribe\",\"id\":\"c1\",\"kind\":\"pods\",\"namespace\":\"Not_A_Namespace\"}");
            JsonNode invalid = client.await(m -> m.path("type").asText().equals("error"));
            assertThat(invalid.path("field").asText()).isEqualTo("namespace");
            assertThat(invalid.path("id").asText()).isEqualTo("c1");
            client.send("{\"type\":\"ping\"}");
            assertThat(client.await(m -> true).path("type").asText()).isEqualTo("pong");
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
