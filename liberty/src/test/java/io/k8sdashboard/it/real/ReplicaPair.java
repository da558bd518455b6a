package io.k8sdashboard.it.real;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private static final List<String> PLUGINS = List.of("resource-viewer.jar", "progress-plugin.jar");

    private final List<ExtraServer> started = new ArrayList<>();

    private ReplicaPair() {
    }

    /**
     * Starts both replicas against {@code redisUrl}, each with its cluster settings
     * ({@code DASHBOARD_*} keys), and waits until both are ready.
     */
    public static ReplicaPair start(Map<String, String> clusterA, Map<String, String> clusterB, String redisUrl) {
        ReplicaPair pair = new ReplicaPair();
        try {
            pair.started.add(ExtraServer.launch("replica-a", PORT_A, PLUGINS, replicaEnv(clusterA, redisUrl, "replica-a")));
            pair.started.add(ExtraServer.launch("replica-b", PORT_B, PLUGINS, replicaEnv(clusterB, redisUrl, "replica-b")));
            pair.started.forEach(ExtraServer::awaitReady);
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    private static Map<String, String> replicaEnv(Map<String, String> cluster, String redisUrl, String name) {
        Map<String, String> env = new LinkedHashMap<>(cluster);
        env.put("DASHBOARD_REDIS_URL", redisUrl);
        env.put("DASHBOARD_REPLICA_ID", name);
        return env;
    }

    public URI a() {
        return URI.create("http://127.0.0.1:" + PORT_A);
    }

    public URI b() {
        return URI.create("http://127.0.0.1:" + PORT_B);
    }

    @Override
    public void close() {
        started.forEach(ExtraServer::close);
        started.clear();
    }
}
