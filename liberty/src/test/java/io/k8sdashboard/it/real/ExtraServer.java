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
 * One more Liberty server made from the assembled {@code defaultServer} (same server.xml, JVM
 * options and war) with the plugins a test names and its own {@code server.env}: how the
 * real-cluster tests run dashboards configured differently from the suite's one (replicas, a
 * dashboard behind a fault injector). Listens on a fixed loopback port.
 */
final class ExtraServer implements AutoCloseable {

    private final Path wlp;
    private final String name;
    private final URI base;
    private boolean running;

    private ExtraServer(Path wlp, String name, int port) {
        this.wlp = wlp;
        this.name = name;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Prepares and starts the server without waiting for it.
     *
     * @param name the Liberty server name (its directory under usr/servers)
     * @param port its HTTP port
     * @param plugins the plugin jars to copy from defaultServer's plugins directory
     * @param env {@code server.env} entries ({@code DASHBOARD_*} settings)
     */
    static ExtraServer launch(String name, int port, List<String> plugins, Map<String, String> env) {
        Path defaultServer = Path.of(System.getProperty("it.server.dir"));
        ExtraServer server = new ExtraServer(defaultServer.getParent().getParent().getParent(), name, port);
        server.prepare(defaultServer, plugins, env);
        server.run("start");
        server.running = true;
        return server;
    }

    /** {@link #launch} and waits until {@code /health/ready} answers 200. */
    static ExtraServer start(String name, int port, List<String> plugins, Map<String, String> env) {
        ExtraServer server = launch(name, port, plugins, env);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI base() {
        return base;
    }

    void awaitReady() {
        Readiness.await(base, Duration.ofSeconds(120));
    }

    private void prepare(Path defaultServer, List<String> plugins, Map<String, String> env) {
        Path server = wlp.resolve("usr/servers/" + name);
        try {
            Files.createDirectories(server.resolve("apps"));
            Files.createDirectories(server.resolve("plugins"));
            List<String> files = new ArrayList<>(List.of("server.xml", "jvm.options", "apps/k8s-dashboard.war"));
            plugins.forEach(plugin -> files.add("plugins/" + plugin));
            for (String file : files) {
                Files.copy(defaultServer.resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> lines = new ArrayList<>();
            env.forEach((key, value) -> lines.add(key + "=" + value));
            lines.add("HTTP_PORT=" + base.getPort());
            Files.write(server.resolve("server.env"), lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the " + name + " server", e);
        }
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            run("stop");
        }
    }

    private void run(String action) {
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
