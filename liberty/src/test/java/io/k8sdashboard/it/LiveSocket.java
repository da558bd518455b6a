package io.k8sdashboard.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A test client of the dashboard's {@code /ws}: signs in through the trusted-proxy headers (the
 * tests' JVM is on 127.0.0.1), sends the dashboard's Origin, and keeps every message received,
 * so tests wait for the one they expect.
 */
public final class LiveSocket implements AutoCloseable {

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> inbox;
    private final CompletableFuture<Integer> closed;
    /** Every message taken from the inbox so far, for failure messages. */
    private final List<String> seen = new ArrayList<>();

    private LiveSocket(WebSocket socket, LinkedBlockingQueue<JsonNode> inbox, CompletableFuture<Integer> closed) {
        this.socket = socket;
        this.inbox = inbox;
        this.closed = closed;
    }

    /** Opens a socket to {@code base}'s {@code /ws} as a user, from the dashboard's own origin. */
    public static LiveSocket open(URI base, String user, String... groups) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Origin", base.getScheme() + "://" + base.getAuthority());
        headers.put("X-Forwarded-User", user);
        headers.put("X-Forwarded-Email", user + "@example.com");
        if (groups.length > 0) {
            headers.put("X-Forwarded-Groups", String.join(",", groups));
        }
        return connect(base, headers);
    }

    /**
     * Opens a socket with exactly these headers.
     *
     * @throws java.util.concurrent.CompletionException with a {@code WebSocketHandshakeException}
     *         cause when the server refuses the upgrade
     */
    public static LiveSocket connect(URI base, Map<String, String> headers) {
        LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws");
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(ws, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    inbox.add(Json.parse(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).join();
        return new LiveSocket(socket, inbox, closed);
    }

    /** Sends one text message. */
    public LiveSocket send(String json) {
        socket.sendText(json, true).orTimeout(10, TimeUnit.SECONDS).join();
        return this;
    }

    /** Subscribes to a kind (in a namespace, or all the user may read when null). */
    public LiveSocket subscribe(String id, String kind, String namespace) {
        return send("{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"kind\":\"" + kind + "\""
                + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"") + "}");
    }

    /**
     * The first message matching {@code wanted} within {@code timeout}; messages before it are
     * consumed.
     *
     * @throws AssertionError naming what was received instead
     */
    public JsonNode await(String what, Predicate<JsonNode> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (true) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                JsonNode next = left <= 0 ? null : inbox.poll(left, TimeUnit.MILLISECONDS);
                if (next == null) {
                    throw new AssertionError("no " + what + " within " + timeout + "; received: " + seen);
                }
                seen.add(next.toString().length() > 300 ? next.toString().substring(0, 300) + "..." : next.toString());
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what);
        }
    }

    /** A message of a type for a subscription. */
    public static Predicate<JsonNode> message(String type, String id) {
        return m -> type.equals(m.path("type").asText()) && id.equals(m.path("id").asText());
    }

    /** Whether the server closed the socket. */
    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
