package io.k8sdashboard.it.real;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The test environment's Toxiproxy (its HTTP API at {@code TOXIPROXY_URL}), which sits between a
 * dashboard and the API server as the proxy {@code kube-apiserver}: latency, stalls, resets and
 * cuts on demand.
 */
final class Toxiproxy {

    static final String KUBE_API = "kube-apiserver";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI api;

    Toxiproxy(String url) {
        this.api = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** Removes every toxic and enables every proxy (Toxiproxy's own {@code POST /reset}). */
    void reset() {
        call("POST", "reset", "", 204);
    }

    /** Cuts the proxy (its listener closes: new connections are refused, open ones dropped) or restores it. */
    void enabled(boolean enabled) {
        call("POST", "proxies/" + KUBE_API, "{\"enabled\":" + enabled + "}", 200);
    }

    /**
     * Adds a toxic on the API server's answers (downstream).
     *
     * @param type latency, timeout, reset_peer...
     * @param attributes the toxic's attributes as a JSON object
     */
    void toxic(String name, String type, String attributes) {
        call("POST", "proxies/" + KUBE_API + "/toxics",
                "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"stream\":\"downstream\",\"attributes\":" + attributes + "}", 200);
    }

    void removeToxic(String name) {
        call("DELETE", "proxies/" + KUBE_API + "/toxics/" + name, "", 204);
    }

    private void call(String method, String path, String body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("toxiproxy " + method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("toxiproxy " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
