package io.k8sdashboard.it.real;

import io.k8sdashboard.it.Readiness;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two more Liberty servers, {@code replica-a} (port 9082) and {@code replica-b} (port 9083), made
 * from the assembled {@code defaultServer} like {@link RealDashboard}, in proxy mode, sharing one
 * Redis ({@code DASHBOARD_REDIS_URL}), with the resource-viewer and the progress-plugin fixture
 * (background work reporting progress). Each gets its own cluster settings, so a test can have B
 * watch a cluster where A's changes do not happen: then only the relay can bring them to B.
 * Started by the test (fixed ports) and stopped by it.
 */
public final class ReplicaPair implements AutoCloseable {

    public static final int PORT_A = 9082;
    public static final int PORT_B = 9083;

    private final Path wlp;
    private final List<String> started = new ArrayList<>();

    private ReplicaPair(Path wlp) {
        this.wlp = wlp;
    }

    /**
     * Starts both replicas against {@code redisUrl}, each with its cluster settings
     * ({@code DASHBOARD_*} keys), and waits until both are ready.
     */
    public static ReplicaPair start(Map<String, String> clusterA, Map<String, String> clusterB, String redisUrl) {
        Path defaultServer = Path.of(System.getProperty("it.server.dir"));
        ReplicaPair pair = new ReplicaPair(defaultServer.getParent().getParent().getParent());
        try {
            pair.startServer(defaultServer, "replica-a", PORT_A, clusterA, redisUrl);
            pair.startServer(defaultServer, "replica-b", PORT_B, clusterB, redisUrl);
            Readiness.await(pair.a(), Duration.ofSeconds(120));
            Readiness.await(pair.b(), Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    public URI a() {
        return URI.create("http://127.0.0.1:" + PORT_A);
    }

    public URI b() {
        return URI.create("http://127.0.0.1:" + PORT_B);
    }

    private void startServer(Path defaultServer, String name, int port, Map<String, String> settings, String redisUrl) {
        Path server = wlp.resolve("usr/servers/" + name);
        try {
            Files.createDirectories(server.resolve("apps"));
            Files.createDirectories(server.resolve("plugins"));
            for (String file : List.of("server.xml", "jvm.options", "apps/k8s-dashboard.war", "plugins/resource-viewer.jar",
                    "plugins/progress-plugin.jar")) {
                Files.copy(defaultServer.resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> lines = new ArrayList<>();
            settings.forEach((key, value) -> lines.add(key + "=" + value));
            lines.add("HTTP_PORT=" + port);
            lines.add("DASHBOARD_REDIS_URL=" + redisUrl);
            lines.add("DASHBOARD_REPLICA_ID=" + name);
            Files.write(server.resolve("server.env"), lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the " + name + " server", e);
        }
        run("start", name);
        started.add(name);
    }

    @Override
    public void close() {
        for (String name : started) {
            run("stop", name);
        }
        started.clear();
    }

    private void run(String action, String name) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("server " + action + " " + name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
