package io.k8sdashboard.it.real;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A second Liberty server, {@code realcluster}, made from the assembled {@code defaultServer}
 * (same war, same shipped plugin, see {@link ExtraServer}) and configured through its server.env to talk to the test
 * environment's API server with the {@code dashboard} identity, in proxy mode. It listens where
 * the test environment's oauth2-proxy sends its traffic. Started once per test JVM, stopped
 * when the JVM exits.
 */
public final class RealDashboard {

    private static final String SERVER = "realcluster";
    // The fixture whose action RealClusterActionsIT runs (it adds no kind, so no other test sees it).
    private static final List<String> PLUGINS = List.of("resource-viewer.jar", "action-plugin.jar");
    private static RealDashboard instance;

    private final ExtraServer server;

    private RealDashboard(ExtraServer server) {
        this.server = server;
    }

    public static synchronized RealDashboard get() {
        if (instance == null) {
            TestEnv env = TestEnv.require();
            URI base = URI.create(env.get("DASHBOARD_UPSTREAM_URL"));
            instance = new RealDashboard(ExtraServer.start(SERVER, base.getPort(), PLUGINS, env.dashboardSettings()));
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::close, "realcluster-stop"));
        }
        return instance;
    }

    /**
     * A dashboard on another server started by a test (one behind the fault injector, say),
     * talked to like this one; the test stops its server.
     */
    static RealDashboard on(ExtraServer server) {
        return new RealDashboard(server);
    }

    public URI base() {
        return server.base();
    }

    /** A GET as a user, through the trusted-proxy headers (the tests' JVM is on 127.0.0.1). */
    public HttpResponse<String> get(String path, String user, String... groups) {
        return send("GET", path, null, null, user, groups);
    }

    /** A POST of a JSON body as a user, through the trusted-proxy headers. */
    public HttpResponse<String> post(String path, String json, String user, String... groups) {
        return send("POST", path, "application/json", json, user, groups);
    }

    /** A request with an optional body (null: none) as a user, through the trusted-proxy headers. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String user, String... groups) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("X-Forwarded-User", user).header("X-Forwarded-Email", user + "@example.com");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (groups.length > 0) {
            request.header("X-Forwarded-Groups", String.join(",", groups));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
