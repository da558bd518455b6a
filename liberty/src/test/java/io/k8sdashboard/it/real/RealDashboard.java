package io.k8sdashboard.it.real;

import io.k8sdashboard.it.Readiness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second Liberty server, {@code realcluster}, made from the assembled {@code defaultServer}
 * (same war, same shipped plugin) and configured through its server.env to talk to the test
 * environment's API server with the {@code dashboard} identity, in proxy mode. It listens where
 * the test environment's oauth2-proxy sends its traffic. Started once per test JVM, stopped
 * when the JVM exits.
 */
public final class RealDashboard {

    private static final String SERVER = "realcluster";
    private static RealDashboard instance;

    private final URI base;
    private final Path wlp;

    private RealDashboard(URI base, Path wlp) {
        this.base = base;
        this.wlp = wlp;
    }

    public static synchronized RealDashboard get() {
        if (instance == null) {
            TestEnv env = TestEnv.require();
            URI base = URI.create(env.get("DASHBOARD_UPSTREAM_URL"));
            Path defaultServer = Path.of(System.getProperty("it.server.dir"));
            Path wlp = defaultServer.getParent().getParent().getParent();
            instance = new RealDashboard(base, wlp);
            instance.start(defaultServer, env.dashboardSettings());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "realcluster-stop"));
        }
        return instance;
    }

    public URI base() {
        return base;
    }

    private void start(Path defaultServer, Map<String, String> settings) {
        Path server = wlp.resolve("usr/servers/" + SERVER);
        try {
            Files.createDirectories(server.resolve("apps"));
            Files.createDirectories(server.resolve("plugins"));
            Files.copy(defaultServer.resolve("server.xml"), server.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(defaultServer.resolve("jvm.options"), server.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(defaultServer.resolve("apps/k8s-dashboard.war"), server.resolve("apps/k8s-dashboard.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(defaultServer.resolve("plugins/resource-viewer.jar"), server.resolve("plugins/resource-viewer.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            // The fixture whose action RealClusterActionsIT runs (it adds no kind, so no other test sees it).
            Files.copy(defaultServer.resolve("plugins/action-plugin.jar"), server.resolve("plugins/action-plugin.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            List<String> lines = new ArrayList<>();
            settings.forEach((key, value) -> lines.add(key + "=" + value));
            lines.add("HTTP_PORT=" + base.getPort());
            Files.write(server.resolve("server.env"), lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the " + SERVER + " server", e);
        }
        run("start");
        Readiness.await(base, Duration.ofSeconds(120));
    }

    private void stop() {
        run("stop");
    }

    private void run(String action) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("server " + action + " " + SERVER + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
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
