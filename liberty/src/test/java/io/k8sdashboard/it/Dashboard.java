package io.k8sdashboard.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The running dashboard, as the integration tests reach it: from 127.0.0.1 (the trusted proxy in
 * the test configuration) with OAuth2-Proxy's identity headers, or raw from another loopback
 * address to play an untrusted peer.
 */
public final class Dashboard {

    public static final URI BASE = URI.create(System.getProperty("it.base.url", "http://127.0.0.1:9080"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile boolean ready;

    private Dashboard() {
    }

    /** A GET as the given user (null: without identity headers). */
    public static HttpResponse<String> get(String path, String user, String... groups) {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("X-Forwarded-User", user).header("X-Forwarded-Email", user + "@example.com");
            if (groups.length > 0) {
                request.header("X-Forwarded-Groups", String.join(",", groups));
            }
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with any method and no body, as the test's default user. */
    public static HttpResponse<String> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-User", "it-user").header("X-Forwarded-Email", "it-user@example.com")
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET as the test's default user, a member of the system-independent group "developers". */
    public static HttpResponse<String> get(String path) {
        return get(path, "it-user", "developers");
    }

    /**
     * A raw HTTP/1.1 GET whose TCP connection comes from {@code sourceAddress} (any 127.x.y.z
     * works on Linux), so the server sees that address as the peer.
     *
     * @return status line and the rest of the response
     */
    public static RawResponse rawGetFrom(String sourceAddress, String path, Map<String, String> headers) {
        return rawGet(sourceAddress, BASE.getHost() + ":" + BASE.getPort(), path, headers);
    }

    /**
     * A raw HTTP/1.1 GET from 127.0.0.1 with this {@code Host} header, as a browser sends it after
     * DNS rebinding (java.net.http does not let a client choose Host).
     */
    public static RawResponse rawGetWithHost(String host, String path, Map<String, String> headers) {
        return rawGet("127.0.0.1", host, path, headers);
    }

    private static RawResponse rawGet(String sourceAddress, String host, String path, Map<String, String> headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            socket.connect(new InetSocketAddress(BASE.getHost(), BASE.getPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new RawResponse(status, response);
        } catch (IOException e) {
            throw new IllegalStateException("raw GET " + path + " from " + sourceAddress + " failed", e);
        }
    }

    /**
     * The status line and headers of a raw GET from 127.0.0.1 with this {@code Host}, read up to
     * the blank line: for WebSocket upgrades, whose connection stays open after a 101.
     */
    public static String rawHead(String host, String path, Map<String, String> headers) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(BASE.getHost(), BASE.getPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) != -1) {
                head.append((char) b);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        } catch (IOException e) {
            throw new IllegalStateException("raw GET " + path + " failed", e);
        }
    }

    /** Headers of a WebSocket upgrade request (the key is RFC 6455's example). */
    public static Map<String, String> upgradeHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Version", "13");
        headers.put("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        return headers;
    }

    /** Waits (bounded) until /health/ready says UP: the API server mock starts after Liberty. */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        TestCluster.get();
        Readiness.await(BASE, Duration.ofSeconds(90));
        ready = true;
    }

    /** Headers of OAuth2-Proxy for a user. */
    public static Map<String, String> proxyHeaders(String user, String groups) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-User", user);
        headers.put("X-Forwarded-Email", user + "@example.com");
        headers.put("X-Forwarded-Groups", groups);
        return headers;
    }

    /** Status and full text (status line, headers, body) of a raw response. */
    public record RawResponse(int status, String text) {
        public String body() {
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? "" : text.substring(split + 4);
        }

        /** The status line and headers. */
        public String head() {
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? text : text.substring(0, split);
        }
    }
}
